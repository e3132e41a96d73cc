// Dates as the user reads them, in the UI language.
import { differenceInCalendarDays } from 'date-fns';

export function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/**
 * A calendar day as findings and reminders give it (YYYY-MM-DD, a UTC day), in the UI language:
 * the same day in every time zone (formatting it as local midnight would show the day before
 * west of UTC). Anything else is returned as is.
 */
export function formatDay(day: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return at.toLocaleDateString(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export type Urgency = 'overdue' | 'soon' | 'ok';

/** Overdue: past; soon: within 14 days (the findings engine's "due soon"). */
export function dueUrgency(dueIso: string, now: Date): Urgency {
  const days = differenceInCalendarDays(new Date(dueIso), now);
  if (days <= 0) return 'overdue';
  if (days <= 14) return 'soon';
  return 'ok';
}

export function secondsLeft(untilIso: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(untilIso) - nowMs) / 1000));
}
