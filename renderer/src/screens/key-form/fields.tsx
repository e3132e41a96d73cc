// Form fields shared by the screens that add, edit and rotate a key. Each field takes its
// control's id from the caller, so every screen keeps its own ("add-…", "edit-…", "rot-…")
// and the e2e page objects keep finding them. Optional props add their attribute only when
// given (React drops undefined), so a screen without them renders the bare control.
import { useTranslation } from 'react-i18next';
import { USE_CASES, type UseCase } from '../../../../shared/domain/exchange';
import type { Finding } from '../../../../shared/ipc/views';
import { FindingList } from '../../components/finding-list';
import { MAX_ROTATION_DAYS, MIN_ROTATION_DAYS } from './rotation-days';

export function TextField({
  id,
  label,
  value,
  onChange,
  invalid,
  hint,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  /** Shown under the control and linked to it by aria-describedby (`${id}-hint`). */
  hint?: string;
  /** Shown under the control when given (e.g. "required" after a submit attempt). */
  error?: string | false;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        aria-invalid={invalid}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint !== undefined && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <div className="error">{error}</div>}
    </div>
  );
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the key is for; each use case has its least-privilege permissions (DOMAIN.md). */
export function UseCaseField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: UseCase;
  onChange: (useCase: UseCase) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('add.useCase')}
      value={value}
      options={USE_CASES}
      optionLabel={(u) => t(`useCase.${u}`)}
      onChange={onChange}
    />
  );
}

export function RotationDaysField({
  id,
  value,
  onChange,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('add.rotationDays')}</label>
      <input
        id={id}
        type="number"
        min={MIN_ROTATION_DAYS}
        max={MAX_ROTATION_DAYS}
        value={value}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function NotesField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the control when given; also marks it invalid. */
  error?: string | false;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('add.notes')}</label>
      <textarea
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <div className="error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** The findings of the draft as typed so far, or a line saying there are none. */
export function LiveFindingList({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  return findings.length === 0 ? (
    <p>{t('add.noLiveFindings')}</p>
  ) : (
    <FindingList findings={findings} />
  );
}

/**
 * An HMAC key's API key and secret as the exchange shows them: monospace, never autocompleted,
 * the secret masked. Ids are `${idPrefix}-apikey` and `${idPrefix}-secret`.
 */
export function ApiKeySecretFields({
  idPrefix,
  apiKey,
  secret,
  onApiKeyChange,
  onSecretChange,
  tried,
  spellCheck,
}: {
  idPrefix: string;
  apiKey: string;
  secret: string;
  onApiKeyChange: (value: string) => void;
  onSecretChange: (value: string) => void;
  /** Given: after a submit attempt an empty field is marked invalid (aria-invalid). */
  tried?: boolean;
  spellCheck?: false;
}) {
  const { t } = useTranslation();
  const invalid = (value: string) =>
    tried === undefined ? undefined : tried && value.trim() === '';
  return (
    <>
      <KeyMaterialField
        id={`${idPrefix}-apikey`}
        label={t('add.apiKey')}
        value={apiKey}
        onChange={onApiKeyChange}
        invalid={invalid(apiKey)}
        spellCheck={spellCheck}
      />
      <KeyMaterialField
        id={`${idPrefix}-secret`}
        label={t('add.secret')}
        secret
        value={secret}
        onChange={onSecretChange}
        invalid={invalid(secret)}
        spellCheck={spellCheck}
      />
    </>
  );
}

/** An API key or secret as the exchange shows it: monospace, never autocompleted. */
function KeyMaterialField({
  id,
  label,
  secret = false,
  value,
  onChange,
  invalid,
  spellCheck,
}: {
  id: string;
  label: string;
  /** Masked as it is typed (a password input). */
  secret?: boolean;
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean;
  spellCheck?: false;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={secret ? 'password' : 'text'}
        className="mono"
        autoComplete="off"
        spellCheck={spellCheck}
        value={value}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
