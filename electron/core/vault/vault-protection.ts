// What protects a vault's key, and changing it: the passphrase, the keychain entry, and
// opening with the recovery key (which keeps the protection). What VaultStore.recover and
// setPassphrase need besides the store itself, whose constructor and header are private.
import { KeywardError } from '../errors';
import type { KeychainPort } from './keychain';
import {
  moderateLimits,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  wrapWithPassphrase,
  type PwhashLimits,
} from './key-wraps';
import { parseRecoveryKey } from './recovery-key';
import { loadSodium, type Sodium } from './sodium';
import { vaultPath } from './vault-file';
import { decryptPayload, type VaultHeader } from './vault-format';
import type { OpenedVault } from './vault-open';
import { b64, loadDecoded, validPassphrase } from './vault-read';

export interface RecoverOptions {
  keychain: KeychainPort;
  recoveryKey: string;
  /** A passphrase-only vault: its new passphrase (required unless `keepKeychain`). */
  newPassphrase?: string;
  /** A passphrase-only vault: keep the vault key in the keychain instead (the old behaviour). */
  keepKeychain?: boolean;
  pwhashLimits?: PwhashLimits;
}

export interface PassphraseOptions {
  keychain: KeychainPort;
  keepKeychain: boolean;
  pwhashLimits?: PwhashLimits;
}

/** What only VaultStore can do, handed in as closures (its constructor and header are private). */
export interface RecoverSteps<Store> {
  /** Makes the store of the recovered header and key. */
  openStore: (opened: OpenedVault) => Store;
  setPassphrase: (store: Store, passphrase: string, options: PassphraseOptions) => Promise<void>;
  /** Records in the store's header that the keychain keeps the vault key. */
  markKeychainKept: (store: Store) => Promise<void>;
}

/**
 * Opens with the recovery key, keeping the vault's protection: a vault that keeps its key in
 * the keychain gets the entry back (as before); a passphrase-only vault stays one, with the
 * new passphrase the user gives (the old one is presumably forgotten), unless the user asks
 * for `keepKeychain`, which then stores the key in the keychain instead. Invariant: recovery
 * never puts the key of a passphrase-only vault in the keychain unasked, since any process
 * of the user could then open the vault without the passphrase.
 */
export async function recoverVault<Store>(
  dir: string,
  options: RecoverOptions,
  steps: RecoverSteps<Store>,
): Promise<Store> {
  const sodium = await loadSodium();
  const decoded = await loadDecoded(sodium, dir);
  const passphraseOnly = !decoded.header.keychain;
  const newPassphrase = passphraseOnly && !options.keepKeychain ? options.newPassphrase : undefined;
  const parsed = parseRecoveryKey(sodium, options.recoveryKey);
  if (!parsed.ok) {
    throw new KeywardError(
      'wrong-recovery-key',
      `That is not a valid recovery key: ${parsed.reason}.`,
    );
  }
  const key = unwrapWithRecovery(
    sodium,
    decoded.header.wraps.recovery,
    parsed.bytes,
    decoded.header.vaultId,
  );
  if (!key) {
    throw new KeywardError(
      'wrong-recovery-key',
      'That recovery key does not belong to this vault; nothing was changed. Check that --vault points at the right folder.',
    );
  }
  // The recovery key is checked first: a wrong one is the more useful thing to hear.
  if (passphraseOnly && !options.keepKeychain) {
    if (newPassphrase === undefined || newPassphrase === '') {
      throw new KeywardError(
        'invalid-input',
        'This vault is protected by a passphrase only, and recovery keeps it so: give a new passphrase (on the command line: the line after the recovery key), or --keep-keychain to keep the vault key in the OS keychain instead; nothing was changed.',
      );
    }
    validPassphrase(newPassphrase);
  }
  decryptPayload(sodium, decoded, key, vaultPath(dir));
  const store = steps.openStore({ sodium, header: decoded.header, key });
  if (newPassphrase !== undefined) {
    // A new passphrase wrap; the keychain is left without the key, as the header says.
    await steps.setPassphrase(store, newPassphrase, {
      keychain: options.keychain,
      keepKeychain: false,
      ...(options.pwhashLimits && { pwhashLimits: options.pwhashLimits }),
    });
    return store;
  }
  await options.keychain.set(decoded.header.vaultId, b64(sodium, key));
  if (!decoded.header.keychain) {
    // Asked for (keepKeychain): record that the next open finds the key there.
    await steps.markKeychainKept(store);
  }
  return store;
}

/**
 * Sets, changes or removes (null) the passphrase, and whether the keychain keeps the key;
 * `updateHeader` changes the store's header under the writer lock. Invariant: when the
 * keychain is to open the vault (removal, or keepKeychain), the entry is written and read
 * back before the header changes, so a keychain that drops the entry never leaves a vault
 * that only the recovery key opens.
 */
export async function changePassphrase(
  sodium: Sodium,
  vaultId: string,
  key: Uint8Array,
  passphrase: string | null,
  options: PassphraseOptions,
  updateHeader: (change: (header: VaultHeader) => VaultHeader) => Promise<void>,
): Promise<void> {
  if (passphrase !== null) validPassphrase(passphrase);
  const keep = passphrase === null || options.keepKeychain;
  if (keep) {
    const stored = b64(sodium, key);
    await options.keychain.set(vaultId, stored);
    if ((await options.keychain.get(vaultId)) !== stored) {
      throw new KeywardError(
        'keychain-unavailable',
        'The OS keychain did not keep the vault key (it reads back differently or not at all), so the keychain cannot open the vault; the passphrase is unchanged. Unlock the keychain and try again.',
      );
    }
  }
  await updateHeader((h) => {
    const { passphrase: _old, ...wraps } = h.wraps;
    return {
      ...h,
      keychain: keep,
      wraps:
        passphrase === null
          ? wraps
          : {
              ...wraps,
              passphrase: wrapWithPassphrase(
                sodium,
                key,
                passphrase,
                h.vaultId,
                options.pwhashLimits ?? moderateLimits(sodium),
              ),
            },
    };
  });
  if (!keep) await options.keychain.delete(vaultId).catch(() => false);
}

/** True when `passphrase` opens the passphrase wrap of the vault on disk to `key`. */
export async function passphraseOpensKey(
  sodium: Sodium,
  dir: string,
  passphrase: string,
  key: Uint8Array,
): Promise<boolean> {
  const decoded = await loadDecoded(sodium, dir);
  const wrap = decoded.header.wraps.passphrase;
  if (!wrap) return false;
  const unwrapped = unwrapWithPassphrase(sodium, wrap, passphrase, decoded.header.vaultId);
  return unwrapped !== null && sodium.memcmp(unwrapped, key);
}

/** True when `text` is a recovery key that opens `header`'s recovery wrap to `key`. */
export function recoveryKeyOpensKey(
  sodium: Sodium,
  header: VaultHeader,
  text: string,
  key: Uint8Array,
): boolean {
  const parsed = parseRecoveryKey(sodium, text);
  if (!parsed.ok) return false;
  const unwrapped = unwrapWithRecovery(sodium, header.wraps.recovery, parsed.bytes, header.vaultId);
  return unwrapped !== null && sodium.memcmp(unwrapped, key);
}
