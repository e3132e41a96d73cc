// Reading a vault's bytes into a header, a vault key and records: the steps every way of
// opening shares (keychain, passphrase, recovery) and that every read and write repeats.
import { upgradeKeyRecord } from '../../../shared/domain/credentials';
import type { VaultData } from '../../../shared/domain/key-record';
import { KeywardError } from '../errors';
import type { KeychainPort } from './keychain';
import { VAULT_KEY_BYTES } from './key-wraps';
import type { Sodium } from './sodium';
import { decodeVaultFile, type DecodedVault } from './vault-format';
import { noVault, readVaultBytes, vaultPath } from './vault-file';

export const b64 = (sodium: Sodium, bytes: Uint8Array) =>
  sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);

export async function loadDecoded(sodium: Sodium, dir: string): Promise<DecodedVault> {
  const bytes = await readVaultBytes(dir);
  if (!bytes) throw noVault(dir);
  return decodeVaultFile(sodium, bytes, vaultPath(dir));
}

/**
 * The payload is authenticated (only a holder of the vault key wrote it) and every writer
 * validates the whole VaultData with zod before saving, so reading checks the shape only:
 * a full zod pass over 10,000 keys would cost more than the decryption. Records are
 * validated again on every write.
 */
export function parsePayload(plaintext: Uint8Array, file: string): VaultData {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    data = null;
  }
  const shaped =
    typeof data === 'object' &&
    data !== null &&
    Array.isArray((data as VaultData).keys) &&
    Array.isArray((data as VaultData).services) &&
    typeof (data as VaultData).audit === 'object';
  if (!shaped) {
    throw new KeywardError(
      'vault-unreadable',
      `The vault file ${file} decrypted but holds records this Keyward does not understand; nothing was changed: update Keyward, or restore the newest file from the backups folder.`,
    );
  }
  // Vaults written before removed keys were kept have no list of them yet.
  (data as Partial<VaultData>).removed ??= [];
  // Records written before the credential model get its defaults (saved upgraded next write).
  for (const key of (data as VaultData).keys) upgradeKeyRecord(key);
  return data as VaultData;
}

export function validPassphrase(passphrase: string): void {
  if (passphrase.length < 8) {
    throw new KeywardError('invalid-input', 'A passphrase needs at least 8 characters.');
  }
  if (passphrase.length > 1024) {
    throw new KeywardError('invalid-input', 'A passphrase has at most 1024 characters.');
  }
}

export async function keyFromKeychain(
  sodium: Sodium,
  keychain: KeychainPort,
  vaultId: string,
): Promise<Uint8Array> {
  const stored = await keychain.get(vaultId);
  let key: Uint8Array | null = null;
  if (stored !== null) {
    try {
      key = sodium.from_base64(stored, sodium.base64_variants.ORIGINAL);
    } catch {
      key = null;
    }
  }
  if (!key || key.length !== VAULT_KEY_BYTES) {
    throw new KeywardError(
      'vault-key-missing',
      stored === null
        ? "The OS keychain has no key for this vault (a new machine, a reinstalled system, or a deleted entry?): open it with the recovery key you were shown when the vault was created (Recover in the app, or 'keyward recover')."
        : "The OS keychain's entry for this vault is damaged: open the vault with its recovery key (Recover in the app, or 'keyward recover').",
    );
  }
  return key;
}
