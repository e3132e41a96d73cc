// The recovery key, typed: masked unless shown, and read as core reads it (shared/domain/
// recovery-key-text.ts): upper case, look-alikes mapped (I, L -> 1; O -> 0), in groups of
// four, as the user types. What the field shows is exactly what core will parse.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRecoveryKeyInput } from '../../../shared/domain/recovery-key-text';

export function RecoveryKeyField({
  id,
  label,
  value,
  onChange,
  error,
  errorId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and announced with it (an error about this field). */
  error?: ReactNode;
  /** The id of the element `error` renders, for aria-describedby. */
  errorId?: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="input-with-toggle">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          className="mono"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={value}
          aria-describedby={error && errorId ? `${id}-hint ${errorId}` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(formatRecoveryKeyInput(e.target.value))}
        />
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((s) => !s)}
        >
          {t('vaultSettings.recoveryField.showLabel')}
        </button>
      </div>
      <div className="hint" id={`${id}-hint`}>
        {t('vaultSettings.recoveryField.hint')}
      </div>
      {error}
    </div>
  );
}
