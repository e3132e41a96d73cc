// Reading and restoring the versions in backups/ (written by vault-file.ts's
// replaceVaultBytes, pruned by backup-retention.ts). Invariants:
// - a backup is opened only with the open store's vault key, never with a key or passphrase
//   from the caller; one under another key (before a re-key) is reported, never restored;
// - only a name listed in backups/ is read (no path from the caller reaches the file system);
// - listing counts keys and returns nothing of their content.
import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { vaultDataSchema, type VaultData } from '../../../shared/domain/key-record';
import type { BackupRestored, BackupState, BackupView } from '../../../shared/ipc/safety-views';
import { KeywardError } from '../errors';
import { sameWrap } from './rekey';
import type { Sodium } from './sodium';
import { backupDir, listBackups } from './vault-file';
import { decodeVaultFile, decryptPayload, type VaultHeader } from './vault-format';
import { parsePayload } from './vault-read';

/** The time in a name backup-retention.ts wrote (vault-20261201T133700123Z-...), or null. */
export function savedAtFromName(name: string): string | null {
  const m = /^vault-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-/.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** What the store that reads backups knows: its vault, its key, and that key's recovery wrap. */
export interface BackupReader {
  sodium: Sodium;
  dir: string;
  vaultId: string;
  key: Uint8Array;
  recoveryWrap: VaultHeader['wraps']['recovery'];
}

interface OpenedBackup {
  view: BackupView;
  data: VaultData | null;
}

async function openBackup(reader: BackupReader, name: string): Promise<OpenedBackup> {
  const file = path.join(backupDir(reader.dir), name);
  const savedAt = savedAtFromName(name) ?? (await stat(file)).mtime.toISOString();
  const view = (state: BackupState, data: VaultData | null): OpenedBackup => ({
    view: {
      name,
      savedAt,
      state,
      keyCount: data ? data.keys.length : null,
      trashCount: data ? data.trash.length : null,
    },
    data,
  });
  let decoded;
  try {
    decoded = decodeVaultFile(reader.sodium, new Uint8Array(await readFile(file)), file);
  } catch {
    return view('unreadable', null);
  }
  if (decoded.header.vaultId !== reader.vaultId) return view('other-vault', null);
  try {
    const plaintext = decryptPayload(reader.sodium, decoded, reader.key, file);
    return view('ok', parsePayload(plaintext, file));
  } catch {
    // Another recovery wrap is only ever written by a re-key: the backup predates it.
    const rekeyed = !sameWrap(decoded.header.wraps.recovery, reader.recoveryWrap);
    return view(rekeyed ? 'other-key' : 'unreadable', null);
  }
}

/** Every backup, newest first, each with its time and key count (decrypted in memory only). */
export async function listBackupViews(reader: BackupReader): Promise<BackupView[]> {
  const names = (await listBackups(reader.dir)).reverse();
  const views: BackupView[] = [];
  for (const name of names) views.push((await openBackup(reader, name)).view);
  return views.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.name.localeCompare(a.name));
}

/**
 * The records of the backup named `name`, to be written as the vault (the caller holds the
 * writer lock and writes them under the current header, so the current passphrase and
 * recovery key keep opening the vault). Refuses, with what to do, anything not restorable.
 */
export async function backupToRestore(
  reader: BackupReader,
  name: string,
): Promise<{ view: BackupView; data: VaultData }> {
  if (!(await listBackups(reader.dir)).includes(name)) {
    throw new KeywardError(
      'not-found',
      `There is no backup named "${name}" in ${backupDir(reader.dir)}; 'keyward backups' (or Settings > Restore from backup) lists them.`,
    );
  }
  const { view, data } = await openBackup(reader, name);
  if (view.state === 'ok' && data) return { view, data };
  const why: Record<Exclude<BackupState, 'ok'>, string> = {
    'other-key':
      'it was made before the vault was last re-keyed, so the current vault key cannot open it (only the recovery key of that time can); it cannot be restored into this vault',
    'other-vault': 'it belongs to another vault',
    unreadable: 'it is not a readable vault file (damaged or truncated)',
  };
  throw new KeywardError(
    'invalid-input',
    `The backup "${name}" was not restored: ${why[view.state as Exclude<BackupState, 'ok'>]}. Nothing was changed.`,
  );
}

/**
 * Restores the backup named `name` (see backupToRestore) through `write`, the store's save,
 * which first keeps the current version in backups/; the caller holds the writer lock and
 * has read the vault under it. Returns the backup restored and the name the replaced
 * version was kept under.
 */
export async function restoreBackupUnderLock(
  reader: BackupReader,
  name: string,
  write: (data: VaultData) => Promise<void>,
): Promise<BackupRestored> {
  const { view, data } = await backupToRestore(reader, name);
  const checked = vaultDataSchema.safeParse(data);
  if (!checked.success) {
    throw new KeywardError(
      'vault-unreadable',
      `The backup "${name}" holds records this Keyward cannot use; nothing was changed.`,
    );
  }
  const before = new Set(await listBackups(reader.dir));
  await write(checked.data);
  const keptAs = (await listBackups(reader.dir)).find((n) => !before.has(n)) ?? null;
  return { restored: view, keptAs };
}
