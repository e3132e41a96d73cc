// Settings → "Re-key the vault": a new vault key and recovery key, the old backups deleted
// (core's vault.rekey). A passphrase vault stays one: the current passphrase and a different
// new one are asked. Invariant: the new recovery key lives only in this component's state,
// shown once until the user confirms they saved it, then dropped; passphrases are cleared
// from state as soon as the request is sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../components/form-error';
import { PassphraseField } from '../components/passphrase-field';
import { RecoveryKeyConfirm } from '../components/recovery-key-confirm';
import { errorText } from '../lib/api';
import { useSession } from '../store/session-store';

const MIN_PASSPHRASE = 8;

export function RekeySection() {
  const { t } = useTranslation();
  const hasPassphrase = useSession((s) => s.status?.hasPassphrase === true);
  const rekey = useSession((s) => s.rekey);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ recoveryKey: string; leftovers: number } | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (hasPassphrase) {
      if (current === '') return setError(t('settings.rekey.currentMissing'));
      if (next.length < MIN_PASSPHRASE) return setError(t('firstRun.tooShort'));
      if (next !== again) return setError(t('firstRun.mismatch'));
    }
    setError(null);
    setConfirming(true);
  };

  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await rekey(hasPassphrase ? { passphrase: current, newPassphrase: next } : {});
      setCurrent('');
      setNext('');
      setAgain('');
      setShown(result);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (shown) {
    return (
      <RecoveryKeyConfirm
        recoveryKey={shown.recoveryKey}
        title={t('settings.rekey.recoveryTitle')}
        intro={t('settings.rekey.recoveryIntro')}
        onConfirmed={() => {
          setDone(shown.leftovers);
          setShown(null);
        }}
      />
    );
  }

  return (
    <form id="rekey" className="stack" onSubmit={ask} aria-labelledby="rekey-title">
      <h2 id="rekey-title">{t('vaultSettings.rekeyTitle')}</h2>
      <p className="muted">{t('settings.rekey.intro')}</p>
      {done !== null && (
        <p className="notice ok" role="status" data-testid="rekey-done">
          {t('settings.rekey.done')}
          {done > 0 && ` ${t('settings.rekey.leftovers', { count: done })}`}
        </p>
      )}
      {hasPassphrase && (
        <>
          <PassphraseField
            id="rekey-current"
            label={t('settings.rekey.current')}
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
          />
          <PassphraseField
            id="rekey-new"
            label={t('settings.rekey.newPassphrase')}
            autoComplete="new-password"
            value={next}
            onChange={setNext}
            hint={t('firstRun.passphraseHint')}
          />
          <PassphraseField
            id="rekey-again"
            label={t('settings.rekey.again')}
            autoComplete="new-password"
            value={again}
            onChange={setAgain}
          />
        </>
      )}
      <FormError error={error} />
      {confirming ? (
        <div className="stack" role="group" aria-labelledby="rekey-confirm">
          <p className="notice warn" id="rekey-confirm">
            {t('settings.rekey.confirm')}
          </p>
          <div className="row">
            <button type="button" className="danger" disabled={busy} onClick={() => void go()}>
              {busy ? t('common.working') : t('settings.rekey.yes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('settings.rekey.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button type="submit">{t('settings.rekey.start')}</button>
        </div>
      )}
    </form>
  );
}
