// Settings → vault passphrase: set one (a keychain vault; main confirms with its own
// dialog), change it, or remove it (the current one is checked by core; removing needs a
// reachable keychain, which then alone opens the vault). Invariant: the passphrases live only
// in this form's state and are cleared as soon as the request is sent, whatever its outcome.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckField } from '../components/check-field';
import { FormError } from '../components/form-error';
import { PassphraseField } from '../components/passphrase-field';
import { errorText } from '../lib/api';
import { useSession } from '../store/session-store';

const MIN_PASSPHRASE = 8;

type Done = 'setDone' | 'changeDone' | 'removeDone';

export function PassphraseSection() {
  const { t } = useTranslation();
  const status = useSession((s) => s.status);
  const setPassphrase = useSession((s) => s.setPassphrase);
  const hasPassphrase = status?.hasPassphrase === true;
  const keychainAvailable = status?.keychainAvailable === true;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [keepKeychain, setKeepKeychain] = useState(hasPassphrase && status?.keychainKept === true);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  const send = async (request: Parameters<typeof setPassphrase>[0], doneText: Done) => {
    setBusy(true);
    setError(null);
    setDone(null);
    // Cleared before the answer: a passphrase stays in state no longer than needed.
    setCurrent('');
    setNext('');
    setAgain('');
    try {
      await setPassphrase(request);
      setDone(doneText);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setConfirmRemove(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (hasPassphrase && current === '')
      return setError(t('vaultSettings.passphrase.currentMissing'));
    if (next.length < MIN_PASSPHRASE) return setError(t('firstRun.tooShort'));
    if (next !== again) return setError(t('firstRun.mismatch'));
    void send(
      {
        ...(hasPassphrase && { passphrase: current }),
        newPassphrase: next,
        keepKeychain: keychainAvailable && keepKeychain,
      },
      hasPassphrase ? 'changeDone' : 'setDone',
    );
  };

  const askRemove = () => {
    setDone(null);
    if (current === '') return setError(t('vaultSettings.passphrase.currentMissing'));
    setError(null);
    setConfirmRemove(true);
  };

  return (
    <form
      id="vault-passphrase"
      className="stack"
      onSubmit={submit}
      aria-labelledby="passphrase-title"
    >
      <h2 id="passphrase-title">{t('vaultSettings.passphrase.title')}</h2>
      <p className="muted">
        {hasPassphrase
          ? t('vaultSettings.passphrase.introSet')
          : t('vaultSettings.passphrase.introNone')}
      </p>
      {done && (
        <p className="notice ok" role="status" data-testid="passphrase-done">
          {t(`vaultSettings.passphrase.${done}`)}
        </p>
      )}
      {hasPassphrase && (
        <PassphraseField
          id="sp-current"
          label={t('vaultSettings.passphrase.current')}
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
        />
      )}
      <PassphraseField
        id="sp-new"
        label={t('vaultSettings.passphrase.next')}
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        hint={t('firstRun.passphraseHint')}
      />
      <PassphraseField
        id="sp-again"
        label={t('vaultSettings.passphrase.again')}
        autoComplete="new-password"
        value={again}
        onChange={setAgain}
      />
      {keychainAvailable && (
        <CheckField
          label={t('vaultSettings.passphrase.keepKeychain')}
          checked={keepKeychain}
          onChange={setKeepKeychain}
        />
      )}
      <FormError error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy
            ? t('common.working')
            : hasPassphrase
              ? t('vaultSettings.passphrase.change')
              : t('vaultSettings.passphrase.set')}
        </button>
        {hasPassphrase && !confirmRemove && (
          <button
            type="button"
            disabled={busy || !keychainAvailable}
            aria-describedby={keychainAvailable ? undefined : 'sp-no-keychain'}
            onClick={askRemove}
          >
            {t('vaultSettings.passphrase.remove')}
          </button>
        )}
      </div>
      {hasPassphrase && !keychainAvailable && (
        <p className="muted" id="sp-no-keychain">
          {t('vaultSettings.passphrase.noKeychain')}
        </p>
      )}
      {confirmRemove && (
        <div className="stack" role="group" aria-labelledby="sp-remove-confirm">
          <p className="notice warn" id="sp-remove-confirm">
            {t('vaultSettings.passphrase.removeConfirm')}
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => void send({ passphrase: current, newPassphrase: null }, 'removeDone')}
            >
              {t('vaultSettings.passphrase.removeYes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirmRemove(false)}>
              {t('vaultSettings.passphrase.cancel')}
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
