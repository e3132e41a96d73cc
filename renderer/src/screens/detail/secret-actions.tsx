// Copy and reveal for one key. Copy: main writes the clipboard and answers when it clears;
// we show a countdown. Reveal: shows the value for at most 30 s, then the store drops it.
// A secret (not the API key) is confirmed by main first, in its own dialog or passphrase
// window: this page never asks for the passphrase (page script could fake its fields).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '../../../../shared/ipc/views';
import { useNow } from '../../hooks/use-now';
import { ApiError, errorText } from '../../lib/api';
import { secondsLeft } from '../../lib/format';
import { useSecrets, type SecretField } from '../../store/secret-store';
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
  const notify = useView((s) => s.notify);
  const [busy, setBusy] = useState(false);
  /** A secret is waiting for main's confirmation. */
  const [confirming, setConfirming] = useState(false);

  const mineCopied = clipboard?.keyId === keyInfo.id ? clipboard : null;
  const mineRevealed = revealed?.keyId === keyInfo.id ? revealed : null;
  const now = useNow(Boolean(mineCopied?.clearsAt) || Boolean(mineRevealed), 250);

  const failureText = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'refused') return t('detail.accessRefused');
    if (e instanceof ApiError && e.code === 'rate-limited') {
      return t('detail.rateLimited', { seconds: e.retryAfterSeconds ?? 10 });
    }
    return errorText(e);
  };
  const run = async (field: SecretField, action: () => Promise<void>) => {
    setBusy(true);
    // Shown only if main is still asking a moment later (within a confirmation it answers at
    // once, and a flash of this line would only distract).
    const asking = field === 'apiKey' ? undefined : setTimeout(() => setConfirming(true), 300);
    try {
      await action();
    } catch (e) {
      notify({ kind: 'error', text: failureText(e) });
    } finally {
      clearTimeout(asking);
      setBusy(false);
      setConfirming(false);
    }
  };
  const copy = (field: SecretField) =>
    void run(field, () => useSecrets.getState().copy(keyInfo.id, field));
  const reveal = (field: SecretField) =>
    void run(field, () => useSecrets.getState().reveal(keyInfo.id, field));

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
      {confirming && (
        <p className="muted" role="status" data-testid="confirming">
          {t('detail.confirming')}
        </p>
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
