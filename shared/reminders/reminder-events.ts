// Which reminder events are current at an instant. Each event has a stable id that includes
// the date it is about, so a rotated key (new due date) gets fresh events, and an event once
// sent is never sent again. Only the current stage of each key is an event: a machine that
// was off for two weeks sends one "overdue" notice, not the whole backlog.
import { addDaysUtc, addMonthsUtc, DAY_MS, isoDay } from '../findings/time';
import type { ReminderSchedule } from './schedule';

export const REMINDER_KINDS = [
  'rotation-due-soon',
  'rotation-due',
  'rotation-overdue',
  'audit-due',
  'audit-overdue',
  'trading-lapse',
  'exchange-expiry',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderEvent {
  /** Stable and non-secret, e.g. "rotation:<keyId>:2026-04-10:d7". */
  id: string;
  kind: ReminderKind;
  /** The key to open when the notification is clicked; null for the audit. */
  keyId: string | null;
  /** The date the event is about (rotation due, audit due, lapse), ISO 8601. */
  dueAt: string;
  /** rotation-due-soon, trading-lapse, exchange-expiry: days left (14, 7, 1...). */
  daysLeft?: number;
  /** rotation-overdue: whole weeks since the due date (1, 2, ...). */
  weeksOverdue?: number;
}

/** Days before the due date at which a rotation reminder is sent. */
export const ROTATION_REMINDER_DAYS = [14, 7, 1] as const;
/** Days before Binance lapses trading permission at which the user is warned. */
export const LAPSE_REMINDER_DAYS = 7;
export const AUDIT_OVERDUE_MONTHS = 2;
/** Days before the expiry the exchange reported at which the user is warned. */
export const EXPIRY_REMINDER_DAYS = [7, 1] as const;

const WEEK_MS = 7 * DAY_MS;

function rotationEvent(keyId: string, due: Date, now: Date): ReminderEvent | null {
  const base = `rotation:${keyId}:${isoDay(due)}`;
  const dueAt = due.toISOString();
  if (now >= due) {
    const weeks = Math.floor((now.getTime() - due.getTime()) / WEEK_MS);
    if (weeks === 0) return { id: `${base}:due`, kind: 'rotation-due', keyId, dueAt };
    return {
      id: `${base}:overdue-w${weeks}`,
      kind: 'rotation-overdue',
      keyId,
      dueAt,
      weeksOverdue: weeks,
    };
  }
  // The smallest threshold already reached: 1 day before beats 7 beats 14.
  const reached = [...ROTATION_REMINDER_DAYS].reverse().find((d) => now >= addDaysUtc(due, -d));
  if (reached === undefined) return null;
  return {
    id: `${base}:d${reached}`,
    kind: 'rotation-due-soon',
    keyId,
    dueAt,
    daysLeft: Math.ceil((due.getTime() - now.getTime()) / DAY_MS),
  };
}

function lapseEvent(keyId: string, lapse: Date, now: Date): ReminderEvent | null {
  if (now >= lapse || now < addDaysUtc(lapse, -LAPSE_REMINDER_DAYS)) return null;
  return {
    id: `lapse:${keyId}:${isoDay(lapse)}:d${LAPSE_REMINDER_DAYS}`,
    kind: 'trading-lapse',
    keyId,
    dueAt: lapse.toISOString(),
    daysLeft: Math.ceil((lapse.getTime() - now.getTime()) / DAY_MS),
  };
}

function expiryEvent(keyId: string, expires: Date, now: Date): ReminderEvent | null {
  if (now >= expires) return null;
  const reached = [...EXPIRY_REMINDER_DAYS].reverse().find((d) => now >= addDaysUtc(expires, -d));
  if (reached === undefined) return null;
  return {
    id: `expiry:${keyId}:${isoDay(expires)}:d${reached}`,
    kind: 'exchange-expiry',
    keyId,
    dueAt: expires.toISOString(),
    daysLeft: Math.ceil((expires.getTime() - now.getTime()) / DAY_MS),
  };
}

function auditEvent(due: Date, now: Date): ReminderEvent | null {
  if (now < due) return null;
  const dueAt = due.toISOString();
  if (now > addMonthsUtc(due, AUDIT_OVERDUE_MONTHS)) {
    return { id: `audit:${isoDay(due)}:overdue`, kind: 'audit-overdue', keyId: null, dueAt };
  }
  return { id: `audit:${isoDay(due)}:due`, kind: 'audit-due', keyId: null, dueAt };
}

/** Every event current at `now`, sent or not, in schedule order (audit last). */
export function currentEvents(schedule: ReminderSchedule, now: Date): ReminderEvent[] {
  const out: ReminderEvent[] = [];
  for (const key of schedule.keys) {
    const rotation = rotationEvent(key.id, new Date(key.rotationDueAt), now);
    if (rotation) out.push(rotation);
    if (key.tradingLapseAt) {
      const lapse = lapseEvent(key.id, new Date(key.tradingLapseAt), now);
      if (lapse) out.push(lapse);
    }
    if (key.expiresAt) {
      const expiry = expiryEvent(key.id, new Date(key.expiresAt), now);
      if (expiry) out.push(expiry);
    }
  }
  if (schedule.auditDueAt) {
    const audit = auditEvent(new Date(schedule.auditDueAt), now);
    if (audit) out.push(audit);
  }
  return out;
}
