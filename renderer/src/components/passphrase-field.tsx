// The vault passphrase, typed masked: a new one (first run) or the current one (unlock,
// reveal). `autoComplete` tells a password manager which of the two it is.
export function PassphraseField({
  id,
  label,
  autoComplete,
  autoFocus,
  value,
  onChange,
  hint,
  describedBy,
}: {
  id: string;
  label: string;
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the input and linked to it by aria-describedby (`${id}-hint`). */
  hint?: string;
  /** Another element that describes the input, e.g. the error about it. */
  describedBy?: string;
}) {
  const describers = [hint === undefined ? undefined : `${id}-hint`, describedBy].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describers.length > 0 ? describers.join(' ') : undefined}
      />
      {hint !== undefined && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
