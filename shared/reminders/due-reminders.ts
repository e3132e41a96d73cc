// The pure decision: which reminders to send now. An event is sent once: not when the
// sent-log has it, not while it is snoozed.
import type { ReminderEvent } from './reminder-events';
import { currentEvents } from './reminder-events';
import type { LabelMap, ReminderText } from './messages';
import { reminderText } from './messages';
import type { ReminderSchedule } from './schedule';
import type { SentLog } from './sent-log';
import { snoozedUntil } from './sent-log';

export type DueReminder = ReminderEvent & ReminderText;

export function isSnoozed(log: SentLog, id: string, now: Date): boolean {
  const until = snoozedUntil(log, id);
  return until !== undefined && new Date(until) > now;
}

/** Every current event with its text, and whether it was already sent (for `reminders`). */
export function describeReminders(
  schedule: ReminderSchedule,
  now: Date,
  sent: SentLog,
  labels?: LabelMap,
): (DueReminder & { sent: boolean; snoozed: boolean })[] {
  return currentEvents(schedule, now).map((event) => ({
    ...event,
    ...reminderText(event, labels),
    sent: sent.sent[event.id] !== undefined,
    snoozed: isSnoozed(sent, event.id, now),
  }));
}

/** The reminders to send at `now`: current, not yet sent, not snoozed. */
export function dueReminders(
  schedule: ReminderSchedule,
  now: Date,
  sent: SentLog,
  labels?: LabelMap,
): DueReminder[] {
  return currentEvents(schedule, now)
    .filter((e) => sent.sent[e.id] === undefined && !isSnoozed(sent, e.id, now))
    .map((e) => ({ ...e, ...reminderText(e, labels) }));
}
