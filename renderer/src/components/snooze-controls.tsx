// A reminder's snooze choices (1 day, 1 week, or until a day), the same on the Keys screen's
// "Needs attention" strip and on the findings screen's reminder list. Core keeps the snooze
// beside the vault: no notification about the reminder until then.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcResult } from '../../../shared/ipc/result';
import { api, call, errorText } from '../lib/api';
import { useView } from '../store/view-store';

/** Tomorrow and a year ahead (UTC days, like core's check), as YYYY-MM-DD. */
export function snoozeDayRange(now: Date): { min: string; max: string } {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString();
  return { min: day(1).slice(0, 10), max: day(366).slice(0, 10) };
}

export function SnoozeControls({
  reminderId,
  title,
  onSnoozed,
  children,
}: {
  reminderId: string;
  /** The reminder's title, for the notice. */
  title: string;
  onSnoozed: () => Promise<void>;
  /** Buttons shown before the snooze ones (a way to the key or the audit). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  const id = useId();
  const [choosing, setChoosing] = useState(false);
  const [day, setDay] = useState('');
  const range = snoozeDayRange(new Date());

  const snooze = async (request: Promise<IpcResult<null>>) => {
    try {
      await call(request);
      notify({ kind: 'info', text: t('todo.attention.snoozedNotice', { title }) });
      await onSnoozed();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };
  const snoozeDays = (days: number) => void snooze(api().reminders.snooze({ reminderId, days }));
  const snoozeUntil = (event: FormEvent) => {
    event.preventDefault();
    if (day === '') return;
    void snooze(api().reminders.snoozeUntil({ reminderId, until: day }));
  };

  return (
    <>
      <div className="row">
        {children}
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
    </>
  );
}
