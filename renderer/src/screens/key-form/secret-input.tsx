// A secret's input (the secret, a private key, the API passphrase): masked, with an eye
// button to see what was pasted. The value is already in the form's state; showing it only
// stops masking it on screen, and it is masked again when the form goes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SecretInput({
  id,
  label,
  multiLine,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  /** The field's label, for the eye button's name ("Show Secret key"). */
  label: string;
  /** A private key (PEM) keeps its lines: a masked textarea. */
  multiLine: boolean;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const common = {
    id,
    autoComplete: 'off',
    spellCheck: false,
    value,
    'aria-invalid': invalid,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className="secret-input">
      {multiLine ? (
        <textarea
          {...common}
          className={shown ? 'mono' : 'mono masked'}
          rows={5}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...common}
          type={shown ? 'text' : 'password'}
          className="mono"
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <button
        type="button"
        aria-controls={id}
        aria-label={t(shown ? 'addForm.hideField' : 'addForm.showField', { field: label })}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? t('addForm.hide') : t('addForm.show')}
      </button>
    </div>
  );
}
