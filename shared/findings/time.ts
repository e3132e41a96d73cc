// Date arithmetic in UTC, so the same vault gives the same findings and reminders in every
// time zone (the renderer runs in the user's zone, core and tests in whatever the OS says).

export const DAY_MS = 86_400_000;

export function addDaysUtc(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Adds calendar months in UTC; the 31st plus one month is the last day of the next month. */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      y,
      m,
      day,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/** Whole days from `from` until `to`, rounded up (due in 0.2 days counts as 1 day). */
export function daysUntil(to: Date, from: Date): number {
  return Math.ceil((to.getTime() - from.getTime()) / DAY_MS);
}

/** YYYY-MM-DD in UTC, the form messages use for dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}
