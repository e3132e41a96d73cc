// `keyward get`'s quick path: read one value of one key with Node's own crypto, without
// loading libsodium or zod (the framing and header are checked by hand in quick-header.ts).
// It handles only the plain case (a well-formed format-1 vault, the vault key in the
// keychain, the key found, the value present) and answers null for anything else, so the
// caller runs the full command, which gives the exact error and exit status.
// Invariant: a value is returned only after the payload authenticated (AEAD tag over the
// payload and the whole header), so this path can never print a wrong or tampered value.
import { readFileSync } from 'node:fs';
import type { VaultData } from '../../../shared/domain/key-record';
import { findKeyOrNull } from '../keys/find-key';
import type { KeychainPort } from './keychain';
import { parseVaultForQuickRead } from './quick-header';
import { vaultPath } from './vault-layout';

export async function quickReadValue(
  dir: string,
  ref: string,
  field: 'secret' | 'apiKey' | 'passphrase',
  keychain: Pick<KeychainPort, 'get'>,
): Promise<string | null> {
  const data = await quickReadData(dir, keychain);
  if (!data) return null;
  const value = findKeyOrNull(data, ref)?.[field];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The authenticated payload as stored (not parsed by zod: a vault written before a field
 * existed lacks it), or null for anything but the plain case.
 */
export async function quickReadData(
  dir: string,
  keychain: Pick<KeychainPort, 'get'>,
): Promise<VaultData | null> {
  try {
    const vault = parseVaultForQuickRead(readFileSync(vaultPath(dir)));
    if (!vault || !vault.keychain) return null;
    const stored = await keychain.get(vault.vaultId);
    if (!stored) return null;
    const key = Buffer.from(stored, 'base64');
    if (key.length !== 32) return null;
    // node:crypto (about 6 ms to load) only now: the D-Bus read loads it while the keyring
    // works, keytar's read runs beside the main thread anyway.
    const { xchachaDecrypt } = await import('./xchacha-node');
    const plaintext = xchachaDecrypt(vault.ciphertext, vault.associatedData, vault.nonce, key);
    // Wipes these two buffers only: the keychain's base64 string and the value returned
    // below are JavaScript strings, which cannot be wiped (see docs/security.md).
    key.fill(0);
    const data = JSON.parse(plaintext.toString('utf8')) as VaultData;
    plaintext.fill(0);
    // The payload authenticated, so it was written by Keyward with this vault key; these
    // checks only keep a shape the full schema would refuse from reaching the caller.
    if (!isPlainObject(data) || !Array.isArray(data.keys)) return null;
    if (
      !data.keys.every(
        (k) => isPlainObject(k) && typeof k.id === 'string' && typeof k.label === 'string',
      )
    )
      return null;
    return data;
  } catch {
    return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
