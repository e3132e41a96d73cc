// Dates as the user reads them, in the UI language.
import { differenceInCalendarDays } from 'date-fns';

export function formatDate(iso: string, language: string): string {
  return new Date(iso).toLocaleDateString(language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
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
