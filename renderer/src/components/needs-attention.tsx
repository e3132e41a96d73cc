// "Needs attention" on the Keys screen: the reminders due now (rotation, audit, Binance lapse,
// expiry), each with a way to it and a snooze (1 day, 1 week, or until a day). A snooze is
// kept by core beside the vault: the reminder leaves this strip and sends no notification
// until then. Snoozed reminders are not shown here (the findings screen lists them).
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ReminderView } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';
import { reminderTexts } from '../lib/finding-text';
import { formatDay } from '../lib/format';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

/** Tomorrow and a year ahead (UTC days, like core's check), as YYYY-MM-DD. */
function dayRange(now: Date): { min: string; max: string } {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString();
  return { min: day(1).slice(0, 10), max: day(366).slice(0, 10) };
}

export function NeedsAttention() {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  // A change to the vault (an edit, a rotation, the CLI) can settle or move a reminder.
  const keys = useVault((s) => s.keys);
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
  }, [load, keys]);

  const due = (reminders ?? []).filter((r) => !r.snoozed);
  if (due.length === 0) return null;
  return (
    <section className="card attention" aria-labelledby="attention-title" data-testid="attention">
      <h2 id="attention-title">{t('todo.attention.title', { count: due.length })}</h2>
      <ul className="plain-list">
        {due.map((r) => (
          <AttentionItem key={r.id} reminder={r} onChanged={load} />
        ))}
      </ul>
    </section>
  );
}

function AttentionItem({
  reminder,
  onChanged,
}: {
  reminder: ReminderView;
  onChanged: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const [day, setDay] = useState('');
  const text = reminderTexts(reminder, t, i18n.language);
  const range = dayRange(new Date());

  const snooze = async (request: Promise<IpcResult<null>>) => {
    try {
      await call(request);
      notify({ kind: 'info', text: t('todo.attention.snoozedNotice', { title: text.title }) });
      await onChanged();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };
  const snoozeDays = (days: number) =>
    void snooze(api().reminders.snooze({ reminderId: reminder.id, days }));
  const snoozeUntil = (event: FormEvent) => {
    event.preventDefault();
    if (day === '') return;
    void snooze(api().reminders.snoozeUntil({ reminderId: reminder.id, until: day }));
  };

  return (
    <li className="attention-item" data-kind={reminder.kind} data-reminder-id={reminder.id}>
      <div>
        <strong>{text.title}</strong>{' '}
        <span className="muted">{formatDay(reminder.params.date, i18n.language)}</span>
        <p>{text.body}</p>
      </div>
      <div className="row">
        {reminder.keyId ? (
          <button type="button" onClick={() => go({ name: 'key', keyId: reminder.keyId! })}>
            {t('reminders.open')}
          </button>
        ) : (
          <button type="button" onClick={() => go({ name: 'audit' })}>
            {t('todo.attention.openAudit')}
          </button>
        )}
        <button type="button" onClick={() => snoozeDays(1)}>
          {t('todo.attention.snoozeDay')}
        </button>
        <button type="button" onClick={() => snoozeDays(7)}>
          {t('todo.attention.snoozeWeek')}
        </button>
        <button type="button" aria-expanded={choosing} onClick={() => setChoosing((v) => !v)}>
          {t('todo.attention.snoozeUntil')}
        </button>
      </div>
      {choosing && (
        <form className="row" onSubmit={snoozeUntil}>
          <div className="field">
            <label htmlFor={`${id}-day`}>{t('todo.attention.untilDay')}</label>
            <input
              id={`${id}-day`}
              type="date"
              required
              min={range.min}
              max={range.max}
              value={day}
              onChange={(e) => setDay(e.target.value)}
            />
          </div>
          <button type="submit" className="primary">
            {t('todo.attention.snoozeSave')}
          </button>
        </form>
      )}
    </li>
  );
}
