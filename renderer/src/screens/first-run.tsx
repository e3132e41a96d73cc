// First run: create the vault (optional passphrase), then show the recovery key once and
// make the user re-type one of its groups before going on. The recovery key lives only in
// this component's state and is dropped on confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckField } from '../components/check-field';
import { FormError } from '../components/form-error';
import { PassphraseField } from '../components/passphrase-field';
import { RecoveryKeyConfirm } from '../components/recovery-key-confirm';
import { errorText } from '../lib/api';
import { useSession } from '../store/session-store';

const MIN_PASSPHRASE = 8;

export function FirstRun({
  keychainAvailable,
  onDone,
}: {
  keychainAvailable: boolean;
  onDone: () => void;
}) {
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  if (recoveryKey === null)
    return <CreateVault keychainAvailable={keychainAvailable} onCreated={setRecoveryKey} />;
  return (
    <ConfirmRecovery
      recoveryKey={recoveryKey}
      onConfirmed={() => {
        setRecoveryKey(null);
        onDone();
      }}
    />
  );
}

function CreateVault({
  keychainAvailable,
  onCreated,
}: {
  keychainAvailable: boolean;
  onCreated: (recoveryKey: string) => void;
}) {
  const { t } = useTranslation();
  const create = useSession((s) => s.create);
  const [usePassphrase, setUsePassphrase] = useState(!keychainAvailable);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [keepKeychain, setKeepKeychain] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (usePassphrase) {
      if (passphrase.length < MIN_PASSPHRASE) return setError(t('firstRun.tooShort'));
      if (passphrase !== again) return setError(t('firstRun.mismatch'));
    }
    setBusy(true);
    setError(null);
    try {
      const key = await create(
        usePassphrase ? { passphrase, keepKeychain: keychainAvailable && keepKeychain } : {},
      );
      setPassphrase('');
      setAgain('');
      onCreated(key);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="centered">
      <form
        className="card narrow"
        onSubmit={(e) => void submit(e)}
        aria-labelledby="first-run-title"
      >
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p>{t('firstRun.intro')}</p>
        {!keychainAvailable && <p className="notice warn">{t('firstRun.noKeychain')}</p>}
        {keychainAvailable && (
          <CheckField
            label={t('firstRun.usePassphrase')}
            checked={usePassphrase}
            onChange={setUsePassphrase}
          />
        )}
        {usePassphrase && (
          <div className="stack">
            <PassphraseField
              id="fr-pass"
              label={t('firstRun.passphrase')}
              autoComplete="new-password"
              value={passphrase}
              onChange={setPassphrase}
              hint={t('firstRun.passphraseHint')}
            />
            <PassphraseField
              id="fr-again"
              label={t('firstRun.passphraseAgain')}
              autoComplete="new-password"
              value={again}
              onChange={setAgain}
            />
            {keychainAvailable && (
              <CheckField
                label={t('firstRun.keepKeychain')}
                checked={keepKeychain}
                onChange={setKeepKeychain}
              />
            )}
          </div>
        )}
        <FormError error={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.working') : t('firstRun.create')}
          </button>
        </div>
      </form>
    </main>
  );
}

function ConfirmRecovery({
  recoveryKey,
  onConfirmed,
}: {
  recoveryKey: string;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  return (
    <main className="centered">
      <RecoveryKeyConfirm
        recoveryKey={recoveryKey}
        title={t('firstRun.recoveryTitle')}
        intro={t('firstRun.recoveryIntro')}
        onConfirmed={onConfirmed}
      />
    </main>
  );
}
