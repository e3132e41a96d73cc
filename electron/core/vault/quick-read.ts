// `keyward get`'s quick path: read one value of one key with Node's own crypto, without
// loading libsodium or zod. It handles only the plain case (a well-formed format-1 vault, the
// vault key in the keychain, the key found, the value present) and answers null for anything
// else, so the caller runs the full command, which gives the exact error and exit status.
// Invariant: a value is returned only after the payload authenticated (AEAD tag over the
// payload and the whole header), so this path can never print a wrong or tampered value.
import { readFile } from 'node:fs/promises';
import type { VaultData } from '../../../shared/domain/key-record';
import { findKeyOrNull } from '../keys/find-key';
import type { KeychainPort } from './keychain';
import { vaultPath } from './vault-file';
import { xchachaDecrypt } from './xchacha-node';

const MAGIC = Buffer.from('KWVAULT\n');
const PREFIX = MAGIC.length + 2 + 4;
const CHECKSUM = 32;

export async function quickReadValue(
  dir: string,
  ref: string,
  field: 'secret' | 'apiKey' | 'passphrase',
  keychain: KeychainPort,
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
  keychain: KeychainPort,
): Promise<VaultData | null> {
  try {
    const bytes = await readFile(vaultPath(dir));
    if (bytes.length < PREFIX + CHECKSUM || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
      return null;
    if (bytes.readUInt16BE(MAGIC.length) !== 1) return null;
    const headerEnd = PREFIX + bytes.readUInt32BE(MAGIC.length + 2);
    if (headerEnd + 16 > bytes.length - CHECKSUM) return null;
    const header = JSON.parse(bytes.subarray(PREFIX, headerEnd).toString('utf8')) as {
      vaultId?: unknown;
      keychain?: unknown;
      nonce?: unknown;
    };
    if (header.keychain !== true || typeof header.vaultId !== 'string') return null;
    if (typeof header.nonce !== 'string') return null;
    const stored = await keychain.get(header.vaultId);
    if (!stored) return null;
    const key = Buffer.from(stored, 'base64');
    const nonce = Buffer.from(header.nonce, 'base64');
    if (key.length !== 32 || nonce.length !== 24) return null;
    const plaintext = xchachaDecrypt(
      bytes.subarray(headerEnd, bytes.length - CHECKSUM),
      bytes.subarray(0, headerEnd),
      nonce,
      key,
    );
    key.fill(0);
    const data = JSON.parse(plaintext.toString('utf8')) as VaultData;
    plaintext.fill(0);
    return Array.isArray(data.keys) ? data : null;
  } catch {
    return null;
  }
}
