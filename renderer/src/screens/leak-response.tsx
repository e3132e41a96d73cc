// "I think this key leaked": DOMAIN.md's eight steps in order, each time-stamped with an
// optional note. Starting marks the key compromised; finishing leaves it revoked. The end
// offers re-keying the vault, in case the vault's own passphrase or recovery key leaked too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAK_RESPONSE_CHECKLIST } from '../../../shared/workflows';
import { api } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { unsafeTextError } from '../lib/text-check';
import { useKeyDetail } from '../lib/use-key-detail';
import { StatusBadge } from '../components/badges';
import { ExchangeLink } from '../components/exchange-link';
import { useView } from '../store/view-store';

export function LeakResponse({ keyId }: { keyId: string }) {
  const { t, i18n } = useTranslation();
  const { detail, missing, busy, act } = useKeyDetail(keyId);
  const [notes, setNotes] = useState<Record<number, string>>({});
  const go = useView((s) => s.go);

  if (missing) return <p className="notice error">{t('detail.notFound')}</p>;
  if (!detail) return <p>{t('app.loading')}</p>;
  const incident = detail.incident;
  const doneAt = (n: number) => incident?.steps.find((s) => s.step === n);
  const allDone = LEAK_RESPONSE_CHECKLIST.every((s) => doneAt(s.n));

  const markDone = async (n: number) => {
    const note = notes[n]?.trim();
    const next = await act(() =>
      api().incident.step(note ? { keyId, step: n, note } : { keyId, step: n }),
    );
    if (next) setNotes((all) => ({ ...all, [n]: '' }));
  };

  return (
    <section aria-labelledby="leak-title" data-testid="leak-response">
      <div className="row spread">
        <h1 id="leak-title">{t('leak.title', { label: detail.label })}</h1>
        <StatusBadge status={detail.status} />
      </div>
      <p className="notice danger">{t('leak.intro')}</p>
      {!incident ? (
        <button
          type="button"
          className="danger leak-button"
          disabled={busy}
          onClick={() => void act(() => api().incident.start({ keyId }))}
        >
          {t('leak.start')}
        </button>
      ) : (
        <>
          {(['immediately', 'afterwards'] as const).map((phase) => (
            <section key={phase} aria-labelledby={`leak-${phase}`}>
              <h2 id={`leak-${phase}`}>
                {phase === 'immediately' ? t('leak.now') : t('leak.after')}
              </h2>
              <ol className="steps">
                {LEAK_RESPONSE_CHECKLIST.filter((s) => s.phase === phase).map((s) => {
                  const done = doneAt(s.n);
                  const ready = s.n === 1 || Boolean(doneAt(s.n - 1));
                  const noteUnsafe = unsafeTextError(t, notes[s.n] ?? '', true);
                  return (
                    <li key={s.n} className={done ? 'done' : undefined} data-step={s.n}>
                      <h3>
                        {s.n}. {t(`leak.steps.${s.n}.title`)}
                      </h3>
                      <p className="muted">{t(`leak.steps.${s.n}.detail`)}</p>
                      {s.n === 1 && <ExchangeLink provider={detail.provider} />}
                      {done ? (
                        <>
                          <p className="when" data-testid={`leak-done-${s.n}`}>
                            {t('leak.doneAt', { time: formatDateTime(done.at, i18n.language) })}
                          </p>
                          {done.note && <p>{done.note}</p>}
                        </>
                      ) : (
                        !incident.finishedAt && (
                          <div className="stack">
                            <div className="field">
                              <label htmlFor={`leak-note-${s.n}`}>
                                {t('leak.note', { n: s.n })}
                              </label>
                              <textarea
                                id={`leak-note-${s.n}`}
                                value={notes[s.n] ?? ''}
                                disabled={!ready}
                                aria-invalid={noteUnsafe ? true : undefined}
                                onChange={(e) =>
                                  setNotes((all) => ({ ...all, [s.n]: e.target.value }))
                                }
                              />
                              {noteUnsafe && <div className="error">{noteUnsafe}</div>}
                            </div>
                            <button
                              type="button"
                              className="primary"
                              disabled={busy || !ready || Boolean(noteUnsafe)}
                              onClick={() => void markDone(s.n)}
                            >
                              {t('leak.markDone', { n: s.n })}
                            </button>
                          </div>
                        )
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
          <div className="stack" data-testid="leak-rekey">
            <p className="muted">{t('leak.rekeyHint')}</p>
            <div className="row">
              <button type="button" className="link" onClick={() => go({ name: 'settings' })}>
                {t('leak.rekeyLink')}
              </button>
            </div>
          </div>
          {incident.finishedAt ? (
            <p className="notice ok" role="status">
              {t('leak.finished', { time: formatDateTime(incident.finishedAt, i18n.language) })}
            </p>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={busy || !allDone}
              onClick={() => void act(() => api().incident.finish({ keyId }))}
            >
              {t('leak.finish')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
