// Reminders due now (the ones the system notifications announce), with the snooze choices of
// snooze-controls.tsx (1 day, 1 week, until a day). Shown on the findings screen so a
// dismissed notification is not the only trace of a due rotation.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderView } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';
import { reminderTexts } from '../lib/finding-text';
import { formatDay } from '../lib/format';
import { useView } from '../store/view-store';
import { SnoozeControls } from './snooze-controls';

export function ReminderList() {
  const { t, i18n } = useTranslation();
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);
  const [reminders, setReminders] = useState<ReminderView[] | null>(null);

  const load = useCallback(
    () =>
      call(api().reminders.list())
        .then(setReminders)
        .catch((e: unknown) => notify({ kind: 'error', text: errorText(e) })),
    [notify],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const openKey = (r: ReminderView) =>
    r.keyId && (
      <button type="button" onClick={() => go({ name: 'key', keyId: r.keyId! })}>
        {t('reminders.open')}
      </button>
    );

  if (!reminders || reminders.length === 0) return null;
  return (
    <section className="card" aria-labelledby="reminders-title" data-testid="reminders">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <ul className="plain-list">
        {reminders.map((r) => {
          const text = reminderTexts(r, t, i18n.language);
          return (
            <li
              key={r.id}
              className="row spread reminder"
              data-kind={r.kind}
              data-snoozed={r.snoozed}
            >
              <span>
                <strong>{text.title}</strong>{' '}
                <span className="muted">{formatDay(r.params.date, i18n.language)}</span>
                <br />
                {text.body}
              </span>
              {r.snoozed ? (
                <span className="row">
                  {openKey(r)}
                  <span className="badge">{t('reminders.snoozed')}</span>
                </span>
              ) : (
                <div>
                  <SnoozeControls reminderId={r.id} title={text.title} onSnoozed={load}>
                    {openKey(r)}
                  </SnoozeControls>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
