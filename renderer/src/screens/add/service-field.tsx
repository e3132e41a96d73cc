// The service that will use the key: an assessed one from the list, or a new name. Checking
// it opens a dialog over the form (onCheck): the form never sends the user away.
import { useTranslation } from 'react-i18next';
import type { ServiceView } from '../../../../shared/ipc/views';

export function findService(
  services: readonly ServiceView[],
  name: string,
): ServiceView | undefined {
  const wanted = name.trim().toLowerCase();
  return wanted === '' ? undefined : services.find((s) => s.name.trim().toLowerCase() === wanted);
}

export function ServiceField({
  services,
  value,
  onChange,
  error,
  onCheck,
}: {
  services: readonly ServiceView[];
  value: string;
  onChange: (name: string) => void;
  /** Shown under the control when given; also marks it invalid. */
  error?: string | false;
  /** Opens the service check (the red flags) over the form; absent: no button. */
  onCheck?: () => void;
}) {
  const { t } = useTranslation();
  const match = findService(services, value);
  const flags = match ? Object.values(match.assessment.flags).filter((a) => a === 'yes').length : 0;
  return (
    <div className="field">
      <label htmlFor="add-service">{t('add.service')}</label>
      <input
        id="add-service"
        type="text"
        list="add-service-list"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby="add-service-hint add-service-state"
        onChange={(e) => onChange(e.target.value)}
      />
      {error && <div className="error">{error}</div>}
      <datalist id="add-service-list">
        {services.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      <div className="hint" id="add-service-hint">
        {t('add.serviceHint')}
      </div>
      <div id="add-service-state" aria-live="polite">
        {match &&
          (match.assessment.assessedAt === null ? (
            <div className="notice warn">{t('serviceCheck.notChecked')}</div>
          ) : flags > 0 ? (
            <div className="notice danger">{t('add.serviceFlags', { count: flags })}</div>
          ) : (
            <div className="notice ok">{t('add.serviceClean')}</div>
          ))}
      </div>
      {onCheck && value.trim() !== '' && (
        <div>
          <button type="button" onClick={onCheck}>
            {t('serviceCheck.open')}
          </button>
        </div>
      )}
    </div>
  );
}
