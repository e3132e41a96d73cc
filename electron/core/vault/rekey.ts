// Re-keying: what VaultStore.rekey needs besides the store itself. A re-key is how a leaked
// passphrase or recovery key is revoked: changing the passphrase only rewraps the same vault
// key, and every backup keeps the old wraps, so the old passphrase plus any backup opens the
// key that decrypts the current vault. Invariants:
// - the new vault key and the new recovery key are fresh random values, never derived from
//   the old ones; the vault id stays (the keychain entry is found by it);
// - after a re-key no file in the vault folder is under the old key: every backup that is
//   not provably under the new key is deleted, and so are temporary files a crashed writer
//   left (they hold a whole vault under whatever key it had). "Provably under the new key" =
//   its header carries the new key's recovery wrap, which is written only by this re-key
//   (the wrap's random nonce makes it unique), so a backup under any earlier key never
//   matches, whatever retention scheme made it.
import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { KeywardError } from '../errors';
import type { Sodium } from './sodium';
import { decodeVaultFile, type VaultHeader } from './vault-format';
import { backupDir, VAULT_FILE } from './vault-file';

type Wrap = VaultHeader['wraps']['recovery'];

export function sameWrap(a: Wrap, b: Wrap): boolean {
  return a.nonce === b.nonce && a.ciphertext === b.ciphertext;
}

/** Checks the passphrases of a re-key before anything is changed. */
export function checkRekeyPassphrases(
  hasPassphrase: boolean,
  current: string | undefined,
  next: string | undefined,
): void {
  if (!hasPassphrase) {
    if (next !== undefined) {
      throw new KeywardError(
        'invalid-input',
        "This vault has no passphrase, and a re-key keeps it so; nothing was changed. Re-key without a new passphrase, then set one with 'keyward passphrase' if you want one.",
      );
    }
    return;
  }
  if (current === undefined || current === '') {
    throw new KeywardError(
      'passphrase-required',
      'Re-keying a passphrase vault needs its current passphrase (on the command line: the first line of stdin); nothing was changed.',
    );
  }
  if (next === undefined || next === '') {
    throw new KeywardError(
      'invalid-input',
      'A passphrase vault stays one: give the new passphrase (on the command line: the second line of stdin); nothing was changed.',
    );
  }
  if (next.normalize('NFC') === current.normalize('NFC')) {
    throw new KeywardError(
      'invalid-input',
      'The new passphrase is the current one: a re-key must revoke the old passphrase, so choose a different one; nothing was changed.',
    );
  }
}

const TEMP_FILE = new RegExp(`^\\.${VAULT_FILE.replace('.', '\\.')}\\..*\\.tmp$`);

/**
 * Deletes every copy of the vault in `dir` that is not under the new key (whose header lacks
 * `newRecovery`): backups, and temporary files left by a writer that crashed. The caller holds
 * the writer lock, so no writer is between its temporary file and its rename. Returns the
 * files that could not be deleted (named, so the user can delete them by hand).
 */
export async function deleteCopiesUnderOldKeys(
  sodium: Sodium,
  dir: string,
  newRecovery: Wrap,
): Promise<string[]> {
  const candidates: string[] = [];
  for (const name of await namesIn(backupDir(dir)))
    candidates.push(path.join(backupDir(dir), name));
  for (const name of await namesIn(dir)) {
    if (TEMP_FILE.test(name)) candidates.push(path.join(dir, name));
  }
  const leftovers: string[] = [];
  for (const file of candidates) {
    if (await underKey(sodium, file, newRecovery)) continue;
    try {
      await unlink(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') leftovers.push(file);
    }
  }
  return leftovers;
}

async function namesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function underKey(sodium: Sodium, file: string, recovery: Wrap): Promise<boolean> {
  try {
    const decoded = decodeVaultFile(sodium, new Uint8Array(await readFile(file)), file);
    return sameWrap(decoded.header.wraps.recovery, recovery);
  } catch {
    // Damaged, truncated or not a vault at all: it may still hold old wraps; not kept.
    return false;
  }
}
