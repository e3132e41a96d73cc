// The top bar's clipboard chip, on every screen of the open vault: which key and field
// Keyward put on the clipboard, the countdown until main clears it, and "Clear now". It holds
// no value: main sends only the key, the field and when it clears (clipboardCopied), and
// says when it cleared (clipboardCleared, handled in app.tsx).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../hooks/use-now';
import { api, call } from '../lib/api';
import { secondsLeft } from '../lib/format';
import { useSecrets } from '../store/secret-store';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';
import { copyFailureText } from '../hooks/use-secret-copy';
import '../styles/copy.css';

/** How long "Clipboard cleared" stays before the chip goes away. */
const CLEARED_SHOWN_MS = 6_000;

/** Follows main's clipboard state: its events, and its status once (a reloaded page). */
function useClipboardFromMain(): void {
  useEffect(() => {
    const k = api();
    let live = true;
    const off = k.on('clipboardCopied', (view) => useSecrets.getState().clipboardWasCopied(view));
    void call(k.clipboard.status())
      .then((view) => {
        if (live && view && !useSecrets.getState().clipboard) {
          useSecrets.getState().clipboardWasCopied(view);
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, []);
}

export function ClipboardChip() {
  const { t } = useTranslation();
  useClipboardFromMain();
  const copied = useSecrets((s) => s.clipboard);
  const cleared = useSecrets((s) => s.clipboardCleared);
  const knownLabel = useVault((s) => s.keys.find((k) => k.id === copied?.keyId)?.label);
  const now = useNow(Boolean(copied?.clearsAt), 250);
  const clearNow = async () => {
    try {
      await useSecrets.getState().clearClipboard();
    } catch (e) {
      useView.getState().notify({ kind: 'error', text: copyFailureText(e, t) });
    }
  };

  if (!copied) return cleared ? <ClearedChip /> : null;
  const label = copied.label || knownLabel || '';
  return (
    <div className="clipboard-chip" role="group" aria-label={t('copyBar.region')}>
      <span className="clipboard-icon" aria-hidden="true">
        ⧉
      </span>
      <div aria-live="polite" data-testid="clipboard-state">
        <span data-testid="clipboard-countdown" data-key-id={copied.keyId}>
          {label && <strong className="clipboard-label">{label}</strong>}{' '}
          {t(`copyBar.copied.${copied.field}`)}{' '}
          {copied.clearsAt === null ? (
            <span className="clipboard-never">{t('copyBar.clearsNever')}</span>
          ) : (
            <span className="clipboard-seconds" aria-live="off">
              {t('copyBar.clearsIn', { seconds: secondsLeft(copied.clearsAt, now) })}
            </span>
          )}
        </span>
      </div>
      <button type="button" className="clipboard-clear" onClick={() => void clearNow()}>
        {t('copyBar.clearNow')}
      </button>
    </div>
  );
}

/** "Clipboard cleared" for a few seconds after main cleared it (mounted anew each time). */
function ClearedChip() {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setShown(false), CLEARED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className="clipboard-chip" role="group" aria-label={t('copyBar.region')}>
      <div aria-live="polite" data-testid="clipboard-state">
        {t('copyBar.cleared')}
      </div>
    </div>
  );
}
