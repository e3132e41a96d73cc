// Creating and opening a vault: what VaultStore.describe, create and open need besides the
// store itself (its constructor and key are private, so the store is handed back to it).
// Invariants:
// - a new vault's key and recovery key are fresh random values; the keychain gets the key
//   before the vault file exists, so a keychain that refuses leaves no vault nothing opens;
// - a header is trusted only once it authenticated with the payload under the key.
import { KeywardError } from '../errors';
import { acquireLock } from './file-lock';
import type { KeychainPort } from './keychain';
import {
  moderateLimits,
  unwrapWithPassphrase,
  VAULT_KEY_BYTES,
  wrapWithPassphrase,
  wrapWithRecovery,
  type PwhashLimits,
} from './key-wraps';
import { generateRecoveryKey } from './recovery-key';
import { loadSodium, type Sodium } from './sodium';
import { ensureVaultDir, lockPath, readVaultBytes, vaultPath } from './vault-file';
import { decodeVaultFile, decryptPayload, type VaultHeader } from './vault-format';
import { b64, keyFromKeychain, loadDecoded, validPassphrase } from './vault-read';

export interface VaultInfo {
  exists: boolean;
  vaultId: string | null;
  hasPassphrase: boolean;
  keychainKept: boolean;
}

export interface CreateOptions {
  keychain: KeychainPort;
  passphrase?: string;
  /** With a passphrase: also keep the vault key in the keychain (unlock without typing it). */
  keepKeychain?: boolean;
  now?: Date;
  /** Argon2id limits; MODERATE unless a test asks for less. */
  pwhashLimits?: PwhashLimits;
}

export interface OpenOptions {
  keychain: KeychainPort;
  passphrase?: string;
}

/** A vault's header and key, opened and checked: what a VaultStore is made of. */
export interface OpenedVault {
  sodium: Sodium;
  header: VaultHeader;
  key: Uint8Array;
}

/** What can be known without any key: whether a vault exists and how it opens. */
export async function describeVault(dir: string): Promise<VaultInfo> {
  const sodium = await loadSodium();
  const bytes = await readVaultBytes(dir);
  if (!bytes) return { exists: false, vaultId: null, hasPassphrase: false, keychainKept: false };
  const { header } = decodeVaultFile(sodium, bytes, vaultPath(dir));
  return {
    exists: true,
    vaultId: header.vaultId,
    hasPassphrase: header.wraps.passphrase !== undefined,
    keychainKept: header.keychain,
  };
}

/**
 * Creates the vault in `dir` under the writer lock; `writeFirst` makes the store of the new
 * header and key and writes its first (empty) version. Refuses a folder that holds a vault.
 */
export async function createVault<Store>(
  dir: string,
  options: CreateOptions,
  writeFirst: (sodium: Sodium, header: VaultHeader, key: Uint8Array) => Promise<Store>,
): Promise<{ store: Store; recoveryKey: string }> {
  const sodium = await loadSodium();
  if (options.passphrase !== undefined) validPassphrase(options.passphrase);
  await ensureVaultDir(dir);
  const lock = await acquireLock(lockPath(dir));
  try {
    if (await readVaultBytes(dir)) {
      throw new KeywardError(
        'vault-exists',
        `A vault already exists in ${dir}; nothing was changed. Use another folder (--vault) to create a second one.`,
      );
    }
    const key = sodium.randombytes_buf(VAULT_KEY_BYTES);
    const vaultId = sodium.to_hex(sodium.randombytes_buf(16));
    const recovery = generateRecoveryKey(sodium);
    const keepKeychain = options.passphrase === undefined || options.keepKeychain === true;
    const header: VaultHeader = {
      vaultId,
      createdAt: (options.now ?? new Date()).toISOString(),
      keychain: keepKeychain,
      nonce: '',
      wraps: {
        recovery: wrapWithRecovery(sodium, key, recovery.bytes, vaultId),
        ...(options.passphrase !== undefined && {
          passphrase: wrapWithPassphrase(
            sodium,
            key,
            options.passphrase,
            vaultId,
            options.pwhashLimits ?? moderateLimits(sodium),
          ),
        }),
      },
    };
    // The keychain first: if it refuses, no vault file exists that nothing could open.
    if (keepKeychain) await options.keychain.set(vaultId, b64(sodium, key));
    let store: Store;
    try {
      store = await writeFirst(sodium, header, key);
    } catch (error) {
      if (keepKeychain) await options.keychain.delete(vaultId).catch(() => undefined);
      throw error;
    }
    return { store, recoveryKey: recovery.text };
  } finally {
    await lock.release();
  }
}

/** The header and key of the vault in `dir`, opened with the passphrase or the keychain. */
export async function openVault(dir: string, options: OpenOptions): Promise<OpenedVault> {
  const sodium = await loadSodium();
  const decoded = await loadDecoded(sodium, dir);
  const { header } = decoded;
  let key: Uint8Array | null = null;
  if (options.passphrase !== undefined && header.wraps.passphrase) {
    key = unwrapWithPassphrase(sodium, header.wraps.passphrase, options.passphrase, header.vaultId);
    if (!key) {
      throw new KeywardError(
        'wrong-passphrase',
        "The passphrase is wrong; nothing was changed. Try again, or open the vault with its recovery key (Recover in the app, or 'keyward recover').",
      );
    }
  } else if (header.wraps.passphrase && !header.keychain) {
    throw new KeywardError(
      'passphrase-required',
      "This vault has a passphrase: enter it (on the command line: --passphrase-stdin), or open the vault with its recovery key (Recover in the app, or 'keyward recover').",
    );
  } else {
    key = await keyFromKeychain(sodium, options.keychain, header.vaultId);
  }
  // Prove the key opens the payload now, so a bad vault fails at open, not at first use;
  // the header is trusted (kept by the store) only once it authenticated with the payload.
  decryptPayload(sodium, decoded, key, vaultPath(dir));
  return { sodium, header, key };
}
