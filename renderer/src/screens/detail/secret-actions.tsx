// Copy and reveal for one key. Copy: main writes the clipboard and answers when it clears;
// we show a countdown. Reveal: asks for the passphrase where the vault has one, shows the
// value for at most 30 s, then the store drops it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '../../../../shared/ipc/views';
import { PassphraseField } from '../../components/passphrase-field';
import { useNow } from '../../hooks/use-now';
import { errorText } from '../../lib/api';
import { secondsLeft } from '../../lib/format';
import { useSecrets, type SecretField } from '../../store/secret-store';
import { useSession } from '../../store/session-store';
import { useView } from '../../store/view-store';

const COPIED: Record<SecretField, string> = {
  apiKey: 'detail.copiedApiKey',
  secret: 'detail.copiedSecret',
  passphrase: 'detail.copiedPassphrase',
};

export function SecretActions({ keyInfo }: { keyInfo: KeySummary }) {
  const { t } = useTranslation();
  const clipboard = useSecrets((s) => s.clipboard);
  const cleared = useSecrets((s) => s.clipboardCleared);
  const revealed = useSecrets((s) => s.revealed);
  const hasPassphrase = useSession((s) => s.status?.hasPassphrase ?? false);
  const notify = useView((s) => s.notify);
  const [asking, setAsking] = useState<SecretField | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const mineCopied = clipboard?.keyId === keyInfo.id ? clipboard : null;
  const mineRevealed = revealed?.keyId === keyInfo.id ? revealed : null;
  const now = useNow(Boolean(mineCopied?.clearsAt) || Boolean(mineRevealed), 250);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  const copy = (field: SecretField) =>
    void run(() => useSecrets.getState().copy(keyInfo.id, field));
  const reveal = (field: SecretField) => {
    if (hasPassphrase) return setAsking(field);
    void run(() => useSecrets.getState().reveal(keyInfo.id, field));
  };
  const confirmReveal = (event: FormEvent) => {
    event.preventDefault();
    const field = asking;
    if (!field) return;
    const typed = passphrase;
    setPassphrase('');
    void run(async () => {
      await useSecrets.getState().reveal(keyInfo.id, field, typed);
      setAsking(null);
    });
  };

  return (
    <div className="stack" data-testid="secret-actions">
      <div className="row">
        {keyInfo.hasApiKey && (
          <button type="button" onClick={() => copy('apiKey')} disabled={busy}>
            {t('detail.copyApiKey')}
          </button>
        )}
        <button type="button" onClick={() => copy('secret')} disabled={busy}>
          {t('detail.copySecret')}
        </button>
        {keyInfo.hasApiKey && (
          <button type="button" onClick={() => reveal('apiKey')} disabled={busy}>
            {t('detail.revealApiKey')}
          </button>
        )}
        <button type="button" onClick={() => reveal('secret')} disabled={busy}>
          {t('detail.reveal')}
        </button>
        {/* The API passphrase (OKX) goes the secret's way: same core path, field 'passphrase'. */}
        {keyInfo.hasPassphrase && (
          <>
            <button type="button" onClick={() => copy('passphrase')} disabled={busy}>
              {t('detail.copyPassphrase')}
            </button>
            <button type="button" onClick={() => reveal('passphrase')} disabled={busy}>
              {t('detail.revealPassphrase')}
            </button>
          </>
        )}
      </div>
      <div aria-live="polite" data-testid="clipboard-state">
        {mineCopied &&
          (mineCopied.clearsAt === null ? (
            <p className="notice warn">{t('detail.clearsNever')}</p>
          ) : (
            <p className="countdown" data-testid="clipboard-countdown">
              {t(COPIED[mineCopied.field])}{' '}
              {t('detail.clearsIn', { seconds: secondsLeft(mineCopied.clearsAt, now) })}
            </p>
          ))}
        {!mineCopied && cleared && <p className="muted">{t('detail.cleared')}</p>}
      </div>
      {asking && (
        <form className="card" onSubmit={confirmReveal}>
          <PassphraseField
            id="reveal-pass"
            label={t('detail.passphrasePrompt')}
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={setPassphrase}
          />
          <div className="row">
            <button type="submit" className="primary" disabled={busy || passphrase === ''}>
              {t('detail.confirm')}
            </button>
            <button type="button" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {mineRevealed && (
        <div data-testid="revealed">
          <p className="secret-box" data-testid="revealed-value">
            {mineRevealed.value}
          </p>
          <div className="row">
            <span className="countdown">
              {t('detail.hidesIn', { seconds: secondsLeft(mineRevealed.hideAt, now) })}
            </span>
            <button type="button" onClick={() => useSecrets.getState().hide()}>
              {t('detail.hide')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
