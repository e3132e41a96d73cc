// The Trash: a removed key is kept whole (its secret still encrypted in the vault) for
// TRASH_DAYS days, then only its label, fingerprint and history remain among the removed
// keys. Pure functions of the vault data, used by core's key service and the CLI.
import type { KeyRecord, RemovedKey, TrashedKey, VaultData } from './key-record';
import { keyFingerprint, type KeySummary } from './key-summary';

export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A key in the Trash as shown to the user: its summary, when it went, when it goes for good. */
export type TrashView = KeySummary & { trashedAt: string; deletedAt: string };

/** When a key trashed at `trashedAt` is deleted for good. */
export function trashExpiresAt(trashedAt: string): string {
  return new Date(Date.parse(trashedAt) + TRASH_DAYS * DAY_MS).toISOString();
}

function isExpired(entry: TrashedKey, now: Date): boolean {
  return Date.parse(trashExpiresAt(entry.trashedAt)) <= now.getTime();
}

/** What stays of a key deleted for good: never its secret or full API key. */
export function toRemovedKey(key: KeyRecord, removedAt: string): RemovedKey {
  return {
    id: key.id,
    label: key.label,
    provider: key.provider,
    fingerprint: keyFingerprint(key),
    removedAt,
    history: [...key.history, { at: removedAt, type: 'removed' }],
  };
}

/** The keys still in the Trash at `now`, most recently trashed first. */
export function trashEntries(data: Pick<VaultData, 'trash'>, now: Date): TrashedKey[] {
  return data.trash
    .filter((entry) => !isExpired(entry, now))
    .sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
}

/**
 * Deletes for good every key whose time in the Trash is over (mutates `data`). Returns how
 * many were deleted.
 */
export function expireTrash(data: VaultData, now: Date): number {
  const expired = data.trash.filter((entry) => isExpired(entry, now));
  if (expired.length === 0) return 0;
  data.trash = data.trash.filter((entry) => !isExpired(entry, now));
  for (const entry of expired) {
    data.removed.push(toRemovedKey(entry.key, trashExpiresAt(entry.trashedAt)));
  }
  return expired.length;
}

/**
 * A trashed key named `ref`: by id, then exact label, then label ignoring case; the most
 * recently trashed when several share a label.
 */
export function findInTrash(
  data: Pick<VaultData, 'trash'>,
  ref: string,
  now: Date,
): TrashedKey | null {
  const wanted = ref.trim();
  const entries = trashEntries(data, now);
  return (
    entries.find((e) => e.key.id === wanted) ??
    entries.find((e) => e.key.label === wanted) ??
    entries.find((e) => e.key.label.toLowerCase() === wanted.toLowerCase()) ??
    null
  );
}

/** The label a restored key gets: its own, or "<label> (restored)" when that is taken. */
export function labelForRestore(data: Pick<VaultData, 'keys'>, label: string): string {
  const taken = (candidate: string) =>
    data.keys.some((k) => k.label.toLowerCase() === candidate.toLowerCase());
  if (!taken(label)) return label;
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (restored)' : ` (restored ${n})`;
    // Labels have at most 100 characters: shorten the original, never the suffix.
    const candidate = label.slice(0, 100 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}
