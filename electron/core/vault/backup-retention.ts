// Which versions backups/ keeps. Every save links the version it replaces there, under a name
// that sorts by time: vault-<UTC stamp>-<pid>-<counter>[-h].keyward, where "-h" marks a
// version replaced by a save that only appended history (a copy, a reveal): the next version
// holds the same keys and settings. Kept, the union of:
// - the KEEP_RECENT newest backups (the last saves, whatever they were);
// - the KEEP_RECENT newest backups not marked "-h": however many copies and reveals follow,
//   the versions from before the last real changes (a removed key, a replaced secret) stay;
// - the newest backup of each of the last KEEP_DAYS days (UTC), today included.
// Everything else is deleted, so the folder holds at most 2 * KEEP_RECENT + KEEP_DAYS files.
// Names this code did not write (a copy dropped there by hand) count as real changes.

export const KEEP_RECENT = 10;
export const KEEP_DAYS = 30;
export const HISTORY_ONLY_MARK = '-h';

const DAY_MS = 86_400_000;
const NAME = /^vault-(\d{4})(\d{2})(\d{2})T\d{9}Z-\d+-\d+(-h)?\.keyward$/;

/** The backup file name for a version replaced now. */
export function backupFileName(now: Date, pid: number, counter: number, historyOnly: boolean) {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const count = String(counter).padStart(6, '0');
  return `vault-${stamp}-${pid}-${count}${historyOnly ? HISTORY_ONLY_MARK : ''}.keyward`;
}

/** UTC midnight of the name's day, or null for a name this code did not write. */
function dayOf(name: string): number | null {
  const match = NAME.exec(name);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

const isHistoryOnly = (name: string) => NAME.exec(name)?.[4] !== undefined;

/** The names among `names` (backup file names, any order) that the policy lets go. */
export function backupsToDelete(names: readonly string[], now: Date): string[] {
  const newestFirst = [...names].sort().reverse();
  const keep = new Set(newestFirst.slice(0, KEEP_RECENT));
  for (const name of newestFirst.filter((n) => !isHistoryOnly(n)).slice(0, KEEP_RECENT)) {
    keep.add(name);
  }
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const seenDays = new Set<number>();
  for (const name of newestFirst) {
    const day = dayOf(name);
    if (day === null || seenDays.has(day)) continue;
    seenDays.add(day);
    if (today - day < KEEP_DAYS * DAY_MS) keep.add(name);
  }
  return newestFirst.filter((n) => !keep.has(n)).reverse();
}
