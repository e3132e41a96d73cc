// The safety net's replies: undo of an edit, and what the "Restore from backup" screen and
// `keyward backups` show of the vault's backups (names, times, counts; no record's content).
import type { UndoableField } from '../domain/edit-undo';
import type { KeyDetail } from './views';

export interface UndoEditView {
  /** False when fields changed since and overwrite was not asked: nothing was changed. */
  undone: boolean;
  /** The fields the undo puts (or would put) back. */
  fields: UndoableField[];
  /** Of those, the ones a later change set to another value. */
  changedSince: UndoableField[];
  key: KeyDetail;
}

/**
 * - 'ok': the current vault key opens it; it can be restored.
 * - 'other-key': it was written under an earlier vault key (before the last re-key): only the
 *   recovery key of that time opens it, so it cannot be restored into this vault.
 * - 'other-vault': it belongs to another vault (a file copied there by hand).
 * - 'unreadable': not a vault file, or damaged.
 */
export type BackupState = 'ok' | 'other-key' | 'other-vault' | 'unreadable';

export interface BackupView {
  /** The file's name in the vault folder's backups/ (the reference to restore it). */
  name: string;
  /** When this version of the vault was replaced by a newer save (ISO). */
  savedAt: string;
  state: BackupState;
  /** Keys (not counting the Trash) it holds; null unless `state` is 'ok'. */
  keyCount: number | null;
  /** Keys in its Trash; null unless `state` is 'ok'. */
  trashCount: number | null;
}

export interface BackupRestored {
  /** The backup now restored. */
  restored: BackupView;
  /** The backup file that now holds the vault as it was just before the restore. */
  keptAs: string | null;
}
