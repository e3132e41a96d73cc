// Settings → auto-lock minutes. Typed freely (it may be empty while typing), saved only on
// leaving the field or Enter, and only a whole number from 1 to 1440; otherwise a clear
// error and nothing saved. Beside it, in plain words, what locking protects for this vault.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../shared/ipc/views';

export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 1440;

/** The minutes typed, or which error to show. */
export function parseAutoLockMinutes(text: string): number | 'empty' | 'range' {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty';
  if (!/^\d+$/.test(trimmed)) return 'range';
  const minutes = Number(trimmed);
  return minutes >= AUTO_LOCK_MIN && minutes <= AUTO_LOCK_MAX ? minutes : 'range';
}

export function AutoLockField({
  minutes,
  onSave,
}: {
  minutes: number;
  onSave: (minutes: number) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(minutes));
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  // A change from elsewhere (another window, a failed save rolled back) shows when not typing.
  useEffect(() => {
    if (!editing.current) setText(String(minutes));
  }, [minutes]);

  const commit = () => {
    editing.current = false;
    const parsed = parseAutoLockMinutes(text);
    if (parsed === 'empty') return setError(t('vaultSettings.autoLockEmpty'));
    if (parsed === 'range') return setError(t('vaultSettings.autoLockRange'));
    setError(null);
    setText(String(parsed));
    if (parsed !== minutes) onSave(parsed);
  };

  return (
    <div className="field">
      <label htmlFor="set-autolock">{t('settings.autoLock')}</label>
      <input
        id="set-autolock"
        type="number"
        inputMode="numeric"
        min={AUTO_LOCK_MIN}
        max={AUTO_LOCK_MAX}
        step={1}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error ? 'set-autolock-error set-autolock-hint' : 'set-autolock-hint'}
        onChange={(e) => {
          editing.current = true;
          setText(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <div className="hint" id="set-autolock-hint">
        {t('vaultSettings.autoLockHint')}
      </div>
      {error && (
        <div className="error" id="set-autolock-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** What a lock protects with this vault's protection, in plain words. */
export function LockProtectionNote({ status }: { status: VaultStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  const text = !status.hasPassphrase
    ? t('vaultSettings.lockKeychainOnly')
    : status.keychainKept
      ? t('vaultSettings.lockKeychainKept')
      : t('vaultSettings.lockPassphrase');
  return (
    <p
      className={status.hasPassphrase && !status.keychainKept ? 'muted' : 'notice info'}
      data-testid="lock-protection"
    >
      {text}
    </p>
  );
}
