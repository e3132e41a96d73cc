// Re-keying: what VaultStore.rekey and isRekeyed need besides the store itself. A re-key is
// how a leaked passphrase or recovery key is revoked: changing the passphrase only rewraps the
// same vault key, and every backup keeps the old wraps, so the old passphrase plus any backup
// opens the key that decrypts the current vault. Invariants:
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
import type { KeychainPort } from './keychain';
import {
  moderateLimits,
  VAULT_KEY_BYTES,
  wrapWithPassphrase,
  wrapWithRecovery,
  type PwhashLimits,
} from './key-wraps';
import { generateRecoveryKey } from './recovery-key';
import type { Sodium } from './sodium';
import {
  decodeVaultFile,
  decryptPayload,
  type DecodedVault,
  type VaultHeader,
} from './vault-format';
import { backupDir, VAULT_FILE, vaultPath } from './vault-file';
import { b64, loadDecoded, validPassphrase } from './vault-read';

type Wrap = VaultHeader['wraps']['recovery'];

export interface RekeyOptions {
  keychain: KeychainPort;
  /** A passphrase vault: the current passphrase (checked) and the new one (required). */
  passphrase?: string;
  newPassphrase?: string;
  pwhashLimits?: PwhashLimits;
}

export interface Rekeyed<Store> {
  /** The vault on its new key; the store rekey() was called on is closed. */
  store: Store;
  /** The new recovery key, shown once. */
  recoveryKey: string;
  /** Copies under the old key that could not be deleted (paths; the user deletes them). */
  leftovers: string[];
}

/** What only VaultStore can do, handed in as closures (its constructor and key are private). */
export interface RekeySteps<Store> {
  verifyPassphrase: (passphrase: string) => Promise<boolean>;
  /** Writes the records under the new header and key; returns the store holding them. */
  writeNew: (header: VaultHeader, key: Uint8Array) => Promise<Store>;
  /** Closes the old store (zeroes the old key). */
  closeOld: () => void;
}

/**
 * The re-key itself; the caller holds the writer lock and has just read the records with the
 * old key. Order: checks (nothing changed yet), keychain entry replaced (as in create: if the
 * keychain refuses, nothing changed), new file written (on failure the keychain gets the old
 * key back), then the copies under the old key deleted.
 */
export async function rekeyUnderLock<Store>(
  sodium: Sodium,
  dir: string,
  old: VaultHeader,
  oldKey: Uint8Array,
  options: RekeyOptions,
  steps: RekeySteps<Store>,
): Promise<Rekeyed<Store>> {
  checkRekeyPassphrases(!!old.wraps.passphrase, options.passphrase, options.newPassphrase);
  if (options.newPassphrase !== undefined) validPassphrase(options.newPassphrase);
  if (old.wraps.passphrase && !(await steps.verifyPassphrase(options.passphrase ?? ''))) {
    throw new KeywardError(
      'wrong-passphrase',
      'The current passphrase is wrong; nothing was changed.',
    );
  }
  const key = sodium.randombytes_buf(VAULT_KEY_BYTES);
  const recovery = generateRecoveryKey(sodium);
  const header: VaultHeader = {
    ...old,
    wraps: {
      recovery: wrapWithRecovery(sodium, key, recovery.bytes, old.vaultId),
      ...(options.newPassphrase !== undefined && {
        passphrase: wrapWithPassphrase(
          sodium,
          key,
          options.newPassphrase,
          old.vaultId,
          options.pwhashLimits ?? moderateLimits(sodium),
        ),
      }),
    },
  };
  if (old.keychain) await options.keychain.set(old.vaultId, b64(sodium, key));
  let store: Store;
  try {
    store = await steps.writeNew(header, key);
  } catch (error) {
    if (old.keychain) {
      await options.keychain.set(old.vaultId, b64(sodium, oldKey)).catch(() => undefined);
    }
    throw error;
  }
  const leftovers = await deleteCopiesUnderOldKeys(sodium, dir, header.wraps.recovery);
  steps.closeOld();
  return { store, recoveryKey: recovery.text, leftovers };
}

export function sameWrap(a: Wrap, b: Wrap): boolean {
  return a.nonce === b.nonce && a.ciphertext === b.ciphertext;
}

/**
 * The payload of `decoded`, decrypted with a store's `key` (whose recovery wrap is
 * `keyRecoveryWrap`); when that key opens nothing because another process re-keyed the
 * vault, an error that says so instead of the decryption's.
 */
export function decryptOrRekeyed(
  sodium: Sodium,
  decoded: DecodedVault,
  key: Uint8Array,
  keyRecoveryWrap: Wrap,
  file: string,
): Uint8Array {
  try {
    return decryptPayload(sodium, decoded, key, file);
  } catch (error) {
    if (!sameWrap(decoded.header.wraps.recovery, keyRecoveryWrap)) {
      throw new KeywardError(
        'locked',
        'The vault was re-keyed by another Keyward (the app or the command line), so the key this one holds opens nothing; nothing was changed. Open the vault again.',
      );
    }
    throw error;
  }
}

/**
 * True when another process re-keyed the vault in `dir` since a store opened it with `key`
 * (whose recovery wrap is `keyRecoveryWrap`): the same vault, a recovery wrap only a re-key
 * writes, and a payload `key` no longer opens.
 */
export async function rekeyedSince(
  sodium: Sodium,
  dir: string,
  vaultId: string,
  key: Uint8Array,
  keyRecoveryWrap: Wrap,
): Promise<boolean> {
  let decoded;
  try {
    decoded = await loadDecoded(sodium, dir);
  } catch {
    return false; // gone or damaged: the reads' own errors say so
  }
  if (decoded.header.vaultId !== vaultId) return false;
  if (sameWrap(decoded.header.wraps.recovery, keyRecoveryWrap)) return false;
  try {
    decryptPayload(sodium, decoded, key, vaultPath(dir));
    return false;
  } catch {
    return true;
  }
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
  // Every file under backups/, at any depth: whatever scheme keeps them (by count, by day).
  const candidates = await filesIn(backupDir(dir), true);
  for (const file of await filesIn(dir, false)) {
    if (TEMP_FILE.test(path.basename(file))) candidates.push(file);
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

async function filesIn(folder: string, recursive: boolean): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true, recursive });
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
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
