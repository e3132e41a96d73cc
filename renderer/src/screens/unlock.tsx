// Unlock with the keychain (and the passphrase where set), or recover with the recovery key.
// Recovery keeps the vault's protection: a passphrase-only vault asks for a new passphrase
// (the old one is presumably forgotten) and stays passphrase-only.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/ipc/views';
import { DiscardedDraftNotice } from '../components/discarded-draft-notice';
import { FormError } from '../components/form-error';
import { LockReasonNotice } from '../components/lock-reason';
import { PassphraseField } from '../components/passphrase-field';
import { RecoveryKeyField } from '../components/recovery-key-field';
import { ApiError, describeError } from '../lib/api';
import type { ErrorWords } from '../lib/error-words';

import { useSession } from '../store/session-store';

const RECOVERABLE = new Set(['vault-key-missing', 'keychain-unavailable']);
const MIN_PASSPHRASE = 8;

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
  // A passphrase-only vault (the header keeps no keychain entry) stays one after recovery.
  const passphraseOnly = status.hasPassphrase && !status.keychainKept;
  const [newPassphrase, setNewPassphrase] = useState('');
  const [newAgain, setNewAgain] = useState('');
  const lockReason = useSession((s) => s.lockReason);
  // Shown in the form it came from, next to its field (issue 13 §7).
  const [error, setError] = useState<{ form: 'unlock' | 'recover'; words: ErrorWords } | null>(
    null,
  );
  const failed = (form: 'unlock' | 'recover', text: string) =>
    setError({ form, words: { code: null, text } });
  const [busy, setBusy] = useState(false);

  const run = async (form: 'unlock' | 'recover', action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError({ form, words: describeError(e) });
      // No vault key to be had from the keychain: the recovery key is the way in.
      if (e instanceof ApiError && RECOVERABLE.has(e.code)) setShowRecover(true);
    } finally {
      setBusy(false);
    }
  };

  const unlockError = error?.form === 'unlock' ? error.words : null;
  const recoverError = error?.form === 'recover' ? error.words : null;

  const submitUnlock = (event: FormEvent) => {
    event.preventDefault();
    void run('unlock', async () => {
      await unlock(needsPassphrase ? passphrase : undefined);
      setPassphrase('');
    });
  };
  const submitRecover = (event: FormEvent) => {
    event.preventDefault();
    if (passphraseOnly) {
      if (newPassphrase.length < MIN_PASSPHRASE) return failed('recover', t('firstRun.tooShort'));
      if (newPassphrase !== newAgain) return failed('recover', t('firstRun.mismatch'));
    }
    void run('recover', async () => {
      await recover(recoveryKey, passphraseOnly ? newPassphrase : undefined);
      setRecoveryKey('');
      setNewPassphrase('');
      setNewAgain('');
    });
  };

  return (
    <main className="centered">
      <div className="narrow">
        <form className="card" onSubmit={submitUnlock} aria-labelledby="unlock-title">
          <h1 id="unlock-title">{t('unlock.title')}</h1>
          {lockReason === 'rekeyed' && (
            <p className="notice warn" role="status" data-testid="rekeyed-notice">
              {t('unlock.rekeyed')}
            </p>
          )}
          <DiscardedDraftNotice />
          <LockReasonNotice reason={lockReason} />
          {needsPassphrase ? (
            <PassphraseField
              id="unlock-pass"
              label={t('unlock.passphrase')}
              autoComplete="current-password"
              autoFocus
              value={passphrase}
              onChange={setPassphrase}
              describedBy={unlockError ? 'unlock-error' : undefined}
            />
          ) : (
            <p className="muted">{t('unlock.keychainHint')}</p>
          )}
          <FormError error={unlockError} id="unlock-error" />
          <div className="row spread">
            {/* Keychain vault: Enter unlocks at once; a passphrase vault focuses its field. */}
            <button
              type="submit"
              className="primary"
              disabled={busy}
              autoFocus={!needsPassphrase && !showRecover}
            >
              {t('unlock.unlock')}
            </button>
            {!showRecover && (
              <button type="button" className="link" onClick={() => setShowRecover(true)}>
                {t('unlock.showRecover')}
              </button>
            )}
          </div>
        </form>
        {showRecover && (
          <form className="card" onSubmit={submitRecover} aria-labelledby="recover-title">
            <h2 id="recover-title">{t('unlock.recoverTitle')}</h2>
            <p>{t('unlock.recoverIntro')}</p>
            <RecoveryKeyField
              id="recover-key"
              label={t('unlock.recoveryKey')}
              value={recoveryKey}
              onChange={setRecoveryKey}
              error={
                recoverError?.field === 'recoveryKey' && (
                  <FormError error={recoverError} id="recover-error" />
                )
              }
              errorId="recover-error"
            />
            {passphraseOnly && (
              <>
                <p className="muted">{t('unlock.recoverNewPassphraseIntro')}</p>
                <PassphraseField
                  id="recover-pass"
                  label={t('unlock.newPassphrase')}
                  autoComplete="new-password"
                  value={newPassphrase}
                  onChange={setNewPassphrase}
                  hint={t('firstRun.passphraseHint')}
                />
                <PassphraseField
                  id="recover-pass-again"
                  label={t('unlock.newPassphraseAgain')}
                  autoComplete="new-password"
                  value={newAgain}
                  onChange={setNewAgain}
                />
              </>
            )}
            {recoverError && recoverError.field !== 'recoveryKey' && (
              <FormError error={recoverError} id="recover-error" />
            )}
            <button type="submit" disabled={busy || recoveryKey.trim() === ''}>
              {t('unlock.recover')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
