// Where a vault lives on disk and how its bytes are replaced: the vault file, its writer
// lock, and earlier versions in backups/ (which ones stay: backup-retention.ts). All files
// are created owner-only.
import { link, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { KeywardError } from '../errors';
import { writeFileAtomic } from './atomic-write';
import { backupFileName, backupsToDelete, KEEP_RECENT } from './backup-retention';
import { backupDir, CHECKSUM_BYTES, vaultPath } from './vault-layout';

// The names live in vault-layout.ts, which `keyward get`'s quick path imports without zod.
export { BACKUP_DIR, backupDir, LOCK_FILE, lockPath, VAULT_FILE, vaultPath } from './vault-layout';
/** How many of the newest versions backups/ always keeps (it keeps more: see retention). */
export const KEEP_BACKUPS = KEEP_RECENT;

export async function ensureVaultDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

/** The vault's bytes, or null when there is no vault in `dir`. */
export async function readVaultBytes(dir: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(vaultPath(dir)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') {
      throw new KeywardError(
        'vault-unreadable',
        `${vaultPath(dir)} is a folder, not a vault file.`,
      );
    }
    throw error;
  }
}

/**
 * The version of the vault file on disk: its trailing checksum in hex (as
 * `DecodedVault.checksum`), read without reading the rest; null when there is no vault or it
 * is too short to hold one. Each save has a fresh nonce, so each version has its own.
 */
export async function readVaultVersion(dir: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(vaultPath(dir), 'r');
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    if (size < CHECKSUM_BYTES) return null;
    const tail = Buffer.alloc(CHECKSUM_BYTES);
    await handle.read(tail, 0, CHECKSUM_BYTES, size - CHECKSUM_BYTES);
    return tail.toString('hex');
  } finally {
    await handle.close();
  }
}

export function noVault(dir: string): KeywardError {
  return new KeywardError(
    'no-vault',
    `There is no vault in ${dir}: create one in the app or with 'keyward init', or point KEYWARD_VAULT_DIR (--vault) at the folder that holds vault.keyward.`,
  );
}

let backupCounter = 0;

function backupName(historyOnly: boolean): string {
  backupCounter = (backupCounter + 1) % 1_000_000;
  return backupFileName(new Date(), process.pid, backupCounter, historyOnly);
}

export interface ReplaceOptions {
  /** The new version differs from the current one only by appended history events. */
  historyOnly?: boolean;
}

/**
 * Replaces the vault with `bytes`. The current version is first hard-linked into backups/
 * (cheap, and the same bytes), then the new file is renamed over it. The caller holds the
 * writer lock.
 */
export async function replaceVaultBytes(
  dir: string,
  bytes: Uint8Array,
  options: ReplaceOptions = {},
): Promise<void> {
  const target = vaultPath(dir);
  await mkdir(backupDir(dir), { recursive: true, mode: 0o700 });
  await writeFileAtomic(target, bytes, {
    beforeRename: async () => {
      try {
        await link(target, path.join(backupDir(dir), backupName(options.historyOnly === true)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
  });
  await pruneBackups(dir);
}

export async function listBackups(dir: string): Promise<string[]> {
  try {
    const names = await readdir(backupDir(dir));
    return names.filter((n) => n.startsWith('vault-') && n.endsWith('.keyward')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function pruneBackups(dir: string): Promise<void> {
  for (const name of backupsToDelete(await listBackups(dir), new Date())) {
    await unlink(path.join(backupDir(dir), name)).catch(() => undefined);
  }
}
