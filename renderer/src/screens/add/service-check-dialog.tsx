// The service check (the six red flags) in a dialog over the add form, so checking a service
// never takes the user, and the unsaved secret, away from the form. A new name is added to
// the services first; the check is saved at once, the form keeps its draft.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RED_FLAGS, type RedFlag, type RedFlagAnswer } from '../../../../shared/domain/key-record';
import type { ServiceView } from '../../../../shared/ipc/views';
import { FormError } from '../../components/form-error';
import { ModalDialog } from '../../components/modal-dialog';
import { api, call, errorText } from '../../lib/api';
import { useVault } from '../../store/vault-store';

const ANSWERS: readonly RedFlagAnswer[] = ['yes', 'no', 'unknown'];

function initialFlags(service: ServiceView | undefined): Record<RedFlag, RedFlagAnswer> {
  return Object.fromEntries(
    RED_FLAGS.map((flag) => [flag, service?.assessment.flags[flag] ?? 'unknown']),
  ) as Record<RedFlag, RedFlagAnswer>;
}

export function ServiceCheckDialog({
  name,
  service,
  onClose,
  onSaved,
}: {
  /** The name typed in the form (trimmed). */
  name: string;
  /** The known service of that name, if any. */
  service: ServiceView | undefined;
  onClose: () => void;
  onSaved: (service: ServiceView) => void;
}) {
  const { t } = useTranslation();
  const [flags, setFlags] = useState(() => initialFlags(service));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const target = service ?? (await call(api().services.add({ name })));
      const saved = await call(api().services.assess({ serviceId: target.id, flags }));
      await useVault.getState().load();
      onSaved(saved);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      open
      onClose={onClose}
      labelledBy="service-check-title"
      describedBy="service-check-intro"
      testId="service-check"
    >
      <form onSubmit={(e) => void save(e)} noValidate>
        <h2 id="service-check-title">{t('serviceCheck.title', { name })}</h2>
        <p id="service-check-intro">{t('serviceCheck.intro')}</p>
        {RED_FLAGS.map((flag) => (
          <fieldset key={flag} className="flag" data-flag={flag}>
            <legend>{t(`services.flags.${flag}`)}</legend>
            {ANSWERS.map((answer) => (
              <label key={answer} className="check">
                <input
                  type="radio"
                  name={`check-${flag}`}
                  value={answer}
                  checked={flags[flag] === answer}
                  onChange={() => setFlags((all) => ({ ...all, [flag]: answer }))}
                />
                {t(`common.${answer}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <FormError error={error} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('common.working') : t('serviceCheck.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('serviceCheck.close')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
