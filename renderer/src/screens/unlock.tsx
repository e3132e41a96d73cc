// Unlock with the keychain (and the passphrase where set), or recover with the recovery key.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/ipc/views';
import { FormError } from '../components/form-error';
import { PassphraseField } from '../components/passphrase-field';
import { ApiError, errorText } from '../lib/api';

const RECOVERABLE = new Set(['vault-key-missing', 'keychain-unavailable']);
import { useSession } from '../store/session-store';

export function Unlock({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  const unlock = useSession((s) => s.unlock);
  const recover = useSession((s) => s.recover);
  const needsPassphrase =
    status.hasPassphrase && (!status.keychainKept || !status.keychainAvailable);
  const [passphrase, setPassphrase] = useState('');
  const [showRecover, setShowRecover] = useState(
    !status.keychainAvailable && !status.hasPassphrase,
  );
  const [recoveryKey, setRecoveryKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
      // No vault key to be had from the keychain: the recovery key is the way in.
      if (e instanceof ApiError && RECOVERABLE.has(e.code)) setShowRecover(true);
    } finally {
      setBusy(false);
    }
  };

  const submitUnlock = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await unlock(needsPassphrase ? passphrase : undefined);
      setPassphrase('');
    });
  };
  const submitRecover = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await recover(recoveryKey);
      setRecoveryKey('');
    });
  };

  return (
    <main className="centered">
      <div className="narrow">
        <form className="card" onSubmit={submitUnlock} aria-labelledby="unlock-title">
          <h1 id="unlock-title">{t('unlock.title')}</h1>
          {needsPassphrase ? (
            <PassphraseField
              id="unlock-pass"
              label={t('unlock.passphrase')}
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={setPassphrase}
            />
          ) : (
            <p className="muted">{t('unlock.keychainHint')}</p>
          )}
          <div className="row spread">
            <button type="submit" className="primary" disabled={busy}>
              {t('unlock.unlock')}
            </button>
            {!showRecover && (
              <button type="button" className="link" onClick={() => setShowRecover(true)}>
                {t('unlock.showRecover')}
              </button>
            )}
          </div>
        </form>
        <FormError error={error} />
        {showRecover && (
          <form className="card" onSubmit={submitRecover} aria-labelledby="recover-title">
            <h2 id="recover-title">{t('unlock.recoverTitle')}</h2>
            <p>{t('unlock.recoverIntro')}</p>
            <div className="field">
              <label htmlFor="recover-key">{t('unlock.recoveryKey')}</label>
              <input
                id="recover-key"
                type="password"
                className="mono"
                autoComplete="off"
                spellCheck={false}
                value={recoveryKey}
                onChange={(e) => setRecoveryKey(e.target.value)}
              />
            </div>
            <button type="submit" disabled={busy || recoveryKey.trim() === ''}>
              {t('unlock.recover')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
