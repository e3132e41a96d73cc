// The vault file format. Layout (fixed across format versions, so an old Keyward can still
// tell "newer format" from "damaged"):
//
//   magic "KWVAULT\n" (8) | format version u16 BE | header length u32 BE | header (JSON)
//   | payload ciphertext | BLAKE2b-256 of everything before it (32)
//
// The payload is VaultData as JSON, encrypted with XChaCha20-Poly1305 under the vault key,
// with magic+version+length+header as associated data: a changed header byte fails
// decryption. The trailing checksum catches accidental damage (a flipped byte, a truncated
// copy) before any key is needed, so such a file is reported as damaged rather than as a
// wrong passphrase. Invariant: nothing in the header is secret; the vault key appears only
// wrapped (by the recovery key, and by the passphrase when one is set).
import { z } from 'zod';
import { KeywardError } from '../errors';
import type { Sodium } from './sodium';
import {
  CHECKSUM_BYTES,
  FORMAT_VERSION,
  MAGIC,
  MAX_HEADER_BYTES,
  PREFIX_BYTES,
} from './vault-layout';

// The framing constants live in vault-layout.ts (zod-free, for `keyward get`'s quick path).
export { CHECKSUM_BYTES, FORMAT_VERSION, MAGIC } from './vault-layout';

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const wrapSchema = z.strictObject({ nonce: b64, ciphertext: b64 });
export const passphraseWrapSchema = wrapSchema.extend({
  salt: b64,
  opslimit: z.number().int().positive(),
  memlimit: z.number().int().positive(),
});

export const headerSchema = z.strictObject({
  vaultId: z.string().regex(/^[0-9a-f]{32}$/),
  createdAt: z.string(),
  /** Whether the vault key is expected in the OS keychain. Always true without a passphrase. */
  keychain: z.boolean(),
  nonce: b64,
  wraps: z.strictObject({
    recovery: wrapSchema,
    passphrase: passphraseWrapSchema.optional(),
  }),
});
export type VaultHeader = z.infer<typeof headerSchema>;

export interface DecodedVault {
  header: VaultHeader;
  /** The bytes authenticated with the payload: magic through the end of the header. */
  associatedData: Uint8Array;
  ciphertext: Uint8Array;
  /**
   * The file's trailing checksum in hex: a version id of these bytes. Every save has a fresh
   * nonce, so every saved version has its own; not secret (it is in the file in the clear).
   */
  checksum: string;
}

/** libsodium's crypto_pwhash MIN..SENSITIVE range, for both limits (Argon2id). */
export function pwhashLimitsInRange(
  sodium: Sodium,
  limits: { opslimit: number; memlimit: number },
): boolean {
  return (
    limits.opslimit >= sodium.crypto_pwhash_OPSLIMIT_MIN &&
    limits.opslimit <= sodium.crypto_pwhash_OPSLIMIT_SENSITIVE &&
    limits.memlimit >= sodium.crypto_pwhash_MEMLIMIT_MIN &&
    limits.memlimit <= sodium.crypto_pwhash_MEMLIMIT_SENSITIVE
  );
}

function unreadable(file: string, what: string): KeywardError {
  return new KeywardError('vault-unreadable', `The vault file ${file} ${what}`);
}

const DAMAGED =
  'is damaged or was changed (its checksum does not match); nothing was changed: restore the newest file from the backups folder beside it';

/** Parses the framing and header. Never needs a key; never modifies anything. */
export function decodeVaultFile(sodium: Sodium, bytes: Uint8Array, file: string): DecodedVault {
  if (bytes.length < MAGIC.length || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw unreadable(file, 'is not a Keyward vault (its first bytes are not a vault header)');
  }
  if (bytes.length < PREFIX_BYTES + CHECKSUM_BYTES) {
    throw unreadable(
      file,
      'is truncated; restore the newest file from the backups folder beside it',
    );
  }
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const expected = bytes.subarray(bytes.length - CHECKSUM_BYTES);
  const actual = sodium.crypto_generichash(CHECKSUM_BYTES, body, null);
  if (!sodium.memcmp(actual, expected)) {
    // A short file whose checksum fails was most likely cut off.
    throw unreadable(file, DAMAGED);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(MAGIC.length);
  if (version > FORMAT_VERSION) {
    throw unreadable(
      file,
      `was written by a newer Keyward (format ${version}; this one reads format ${FORMAT_VERSION}): update Keyward to open it`,
    );
  }
  if (version < 1) throw unreadable(file, DAMAGED);
  const headerLength = view.getUint32(MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES || PREFIX_BYTES + headerLength > body.length) {
    throw unreadable(file, DAMAGED);
  }
  const headerBytes = body.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  let header: VaultHeader;
  try {
    header = headerSchema.parse(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)),
    );
  } catch {
    throw unreadable(file, DAMAGED);
  }
  // The Argon2id limits are read before anything authenticates them: out of range they could
  // make an unlock hash for hours or ask for terabytes. Refused before any hashing.
  const passphraseWrap = header.wraps.passphrase;
  if (passphraseWrap && !pwhashLimitsInRange(sodium, passphraseWrap)) {
    throw unreadable(
      file,
      "is damaged or was changed (its passphrase's Argon2id limits are outside libsodium's range); nothing was changed: restore the newest file from the backups folder beside it",
    );
  }
  return {
    header,
    associatedData: body.subarray(0, PREFIX_BYTES + headerLength),
    ciphertext: body.subarray(PREFIX_BYTES + headerLength),
    checksum: sodium.to_hex(expected),
  };
}

/** Frames header + payload. The caller has already chosen a fresh nonce in the header. */
export function encodeVaultFile(
  sodium: Sodium,
  header: VaultHeader,
  plaintext: Uint8Array,
  vaultKey: Uint8Array,
): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(PREFIX_BYTES + headerBytes.length);
  prefix.set(MAGIC, 0);
  const view = new DataView(prefix.buffer);
  view.setUint16(MAGIC.length, FORMAT_VERSION);
  view.setUint32(MAGIC.length + 2, headerBytes.length);
  prefix.set(headerBytes, PREFIX_BYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    prefix,
    null,
    sodium.from_base64(header.nonce, sodium.base64_variants.ORIGINAL),
    vaultKey,
  );
  const out = new Uint8Array(prefix.length + ciphertext.length + CHECKSUM_BYTES);
  out.set(prefix, 0);
  out.set(ciphertext, prefix.length);
  const body = out.subarray(0, prefix.length + ciphertext.length);
  out.set(sodium.crypto_generichash(CHECKSUM_BYTES, body, null), body.length);
  return out;
}

/** Decrypts the payload; a failure means the key does not fit or the bytes were changed. */
export function decryptPayload(
  sodium: Sodium,
  decoded: DecodedVault,
  vaultKey: Uint8Array,
  file: string,
): Uint8Array {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      decoded.ciphertext,
      decoded.associatedData,
      sodium.from_base64(decoded.header.nonce, sodium.base64_variants.ORIGINAL),
      vaultKey,
    );
  } catch {
    throw unreadable(
      file,
      'could not be decrypted with its key (the file was changed, or the keychain entry belongs to another copy of this vault); nothing was changed: restore the newest file from the backups folder, or run recovery with the recovery key',
    );
  }
}
