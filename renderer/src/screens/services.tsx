// Third-party services and their assessment: the six red flags, each yes / no / unknown.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RED_FLAGS, type RedFlag, type RedFlagAnswer } from '../../../shared/domain/key-record';
import type { ServiceView } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';
import { formatDate } from '../lib/format';
import { unsafeTextError } from '../lib/text-check';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

const ANSWERS: readonly RedFlagAnswer[] = ['yes', 'no', 'unknown'];

export function ServicesScreen() {
  const { t } = useTranslation();
  const services = useVault((s) => s.services);
  const notify = useView((s) => s.notify);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  // Control and bidi characters: shown next to the field as soon as they are typed.
  const nameUnsafe = unsafeTextError(t, name);
  const urlUnsafe = unsafeTextError(t, url);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (nameUnsafe || urlUnsafe) return;
    try {
      await call(
        api().services.add(
          url.trim() ? { name: name.trim(), url: url.trim() } : { name: name.trim() },
        ),
      );
      setName('');
      setUrl('');
      await useVault.getState().load();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <section aria-labelledby="services-title">
      <h1 id="services-title">{t('services.title')}</h1>
      <p>{t('services.intro')}</p>
      <form
        className="card row bottom"
        onSubmit={(e) => void add(e)}
        aria-label={t('services.add')}
      >
        <div className="field">
          <label htmlFor="svc-name">{t('services.name')}</label>
          <input
            id="svc-name"
            type="text"
            value={name}
            aria-invalid={nameUnsafe ? true : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameUnsafe && <div className="error">{nameUnsafe}</div>}
        </div>
        <div className="field">
          <label htmlFor="svc-url">{t('services.url')}</label>
          <input
            id="svc-url"
            type="url"
            value={url}
            aria-invalid={urlUnsafe ? true : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          {urlUnsafe && <div className="error">{urlUnsafe}</div>}
        </div>
        <button type="submit" disabled={name.trim() === '' || Boolean(nameUnsafe || urlUnsafe)}>
          {t('services.add')}
        </button>
      </form>
      {services.length === 0 ? (
        <p>{t('services.empty')}</p>
      ) : (
        services.map((s) => <ServiceCard key={s.id} service={s} />)
      )}
    </section>
  );
}

function ServiceCard({ service }: { service: ServiceView }) {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  const [flags, setFlags] = useState<Record<RedFlag, RedFlagAnswer>>(service.assessment.flags);
  const redCount = RED_FLAGS.filter((f) => service.assessment.flags[f] === 'yes').length;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call(api().services.assess({ serviceId: service.id, flags }));
      await useVault.getState().load();
      notify({ kind: 'info', text: t('serviceCheck.assessmentSaved', { name: service.name }) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <form
      className="card"
      onSubmit={(e) => void save(e)}
      aria-labelledby={`svc-${service.id}`}
      data-testid="service"
    >
      <div className="row spread">
        <h2 id={`svc-${service.id}`}>{service.name}</h2>
        <span className="muted">
          {t('services.keys', { count: service.keyIds.length })} ·{' '}
          {service.assessment.assessedAt
            ? t('services.assessedAt', {
                date: formatDate(service.assessment.assessedAt, i18n.language),
              })
            : t('services.notAssessed')}
          {redCount > 0 && (
            <span className="badge sev-high"> {t('add.serviceFlags', { count: redCount })}</span>
          )}
        </span>
      </div>
      {service.url && <p className="mono">{service.url}</p>}
      {RED_FLAGS.map((flag) => (
        <fieldset key={flag} className="flag" data-flag={flag}>
          <legend>{t(`services.flags.${flag}`)}</legend>
          {ANSWERS.map((answer) => (
            <label key={answer} className="check">
              <input
                type="radio"
                name={`${service.id}-${flag}`}
                value={answer}
                checked={flags[flag] === answer}
                onChange={() => setFlags((all) => ({ ...all, [flag]: answer }))}
              />
              {t(`common.${answer}`)}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="submit" className="primary">
        {t('services.saveAssessment')}
      </button>
    </form>
  );
}
