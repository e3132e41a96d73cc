// The monthly audit: DOMAIN.md's five steps over every key; finishing stamps each key.
import { addMonths } from 'date-fns';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_CHECKLIST } from '../../../shared/workflows';
import type { AuditView } from '../../../shared/ipc/views';
import type { IpcResult } from '../../../shared/ipc/result';
import { api, call, errorText } from '../lib/api';
import { formatDate, formatDateTime } from '../lib/format';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const notify = useView((s) => s.notify);
  const [audit, setAudit] = useState<AuditView | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call(api().audit.status())
      .then(setAudit)
      .catch((e: unknown) => notify({ kind: 'error', text: errorText(e) }));
  }, [notify]);

  const act = async (request: () => Promise<IpcResult<AuditView>>, done?: string) => {
    setBusy(true);
    try {
      setAudit(await call(request()));
      await useVault.getState().load();
      if (done) notify({ kind: 'info', text: done });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  if (!audit) return <p>{t('app.loading')}</p>;
  const day = (iso: string) => formatDate(iso, i18n.language);
  const run = audit.run;
  const stepAt = (n: number) => run?.steps.find((s) => s.step === n)?.at;
  const allDone = AUDIT_CHECKLIST.every((s) => stepAt(s.n));

  return (
    <section aria-labelledby="audit-title" data-testid="audit">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <p className="muted" data-testid="last-audit">
        {audit.lastAuditAt
          ? `${t('audit.last', { date: day(audit.lastAuditAt) })} ${t('audit.nextDue', {
              date: day(addMonths(new Date(audit.lastAuditAt), 1).toISOString()),
            })}`
          : // "No audit yet" only when none is under way either.
            run
            ? t('words.auditInProgress', { date: day(run.startedAt) })
            : t('audit.never')}
      </p>
      {!run ? (
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void act(() => api().audit.start({}))}
        >
          {t('audit.start')}
        </button>
      ) : (
        <>
          <p>{t('audit.keys', { count: run.keyIds.length })}</p>
          <ol className="steps">
            {AUDIT_CHECKLIST.map((s) => {
              const at = stepAt(s.n);
              return (
                <li key={s.n} className={at ? 'done' : undefined} data-step={s.n}>
                  <h2>
                    {s.n}. {t(`audit.steps.${s.n}.title`)}
                  </h2>
                  <p className="muted">{t(`audit.steps.${s.n}.detail`)}</p>
                  {at ? (
                    <p className="when">
                      {t('audit.doneAt', { time: formatDateTime(at, i18n.language) })}
                    </p>
                  ) : (
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void act(() => api().audit.step({ step: s.n }))}
                    >
                      {t('audit.markDone')}
                      <span className="visually-hidden">
                        {t('words.colon')}
                        {t(`audit.steps.${s.n}.title`)}
                      </span>
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="primary"
            disabled={busy || !allDone}
            onClick={() => void act(() => api().audit.finish(), t('audit.finished'))}
          >
            {t('audit.finish')}
          </button>
        </>
      )}
    </section>
  );
}
