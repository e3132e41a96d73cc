// The vault file's framing and header, checked by hand for `keyward get`'s quick path
// (quick-read.ts), which must not load zod. The normal path validates the header with the zod
// schema in vault-format.ts; this check is no weaker for what the quick path reads, and
// answers null (the caller then runs the full command) for anything the schema might refuse:
// a header key the schema does not know (HEADER_KEYS must equal the schema's keys; a test
// holds them together), a malformed vault id, a nonce that is not 24 bytes of base64.
// Not checked here: the trailing BLAKE2b checksum (Node's crypto has no BLAKE2b-256) and the
// key wraps (the quick path never uses them). Both are harmless: the payload's AEAD tag
// covers magic, version, length and the whole header, so changed bytes fail decryption.
import {
  CHECKSUM_BYTES,
  FORMAT_VERSION,
  MAGIC,
  MAX_HEADER_BYTES,
  PREFIX_BYTES,
} from './vault-layout';

/** The header's keys, exactly as vault-format.ts's headerSchema has them. */
export const HEADER_KEYS = ['vaultId', 'createdAt', 'keychain', 'nonce', 'wraps'] as const;

const TAG_BYTES = 16;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface QuickVault {
  vaultId: string;
  keychain: boolean;
  nonce: Buffer;
  /** Magic through the end of the header: the AEAD's associated data. */
  associatedData: Buffer;
  ciphertext: Buffer;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts the quick path needs, or null when the file is not a plain format-1 vault. */
export function parseVaultForQuickRead(bytes: Buffer): QuickVault | null {
  if (bytes.length < PREFIX_BYTES + CHECKSUM_BYTES) return null;
  if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  if (bytes.readUInt16BE(MAGIC.length) !== FORMAT_VERSION) return null;
  const headerLength = bytes.readUInt32BE(MAGIC.length + 2);
  const headerEnd = PREFIX_BYTES + headerLength;
  const bodyEnd = bytes.length - CHECKSUM_BYTES;
  if (headerLength > MAX_HEADER_BYTES || headerEnd + TAG_BYTES > bodyEnd) return null;
  let header: unknown;
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, headerEnd)),
    );
  } catch {
    return null;
  }
  if (!isPlainObject(header)) return null;
  const keys = Object.keys(header);
  if (keys.length !== HEADER_KEYS.length) return null;
  if (!HEADER_KEYS.every((key) => Object.hasOwn(header, key))) return null;
  const { vaultId, createdAt, keychain, nonce, wraps } = header;
  if (typeof vaultId !== 'string' || !/^[0-9a-f]{32}$/.test(vaultId)) return null;
  if (typeof createdAt !== 'string' || typeof keychain !== 'boolean') return null;
  if (!isPlainObject(wraps)) return null;
  if (typeof nonce !== 'string' || !BASE64.test(nonce)) return null;
  const nonceBytes = Buffer.from(nonce, 'base64');
  if (nonceBytes.length !== 24) return null;
  return {
    vaultId,
    keychain,
    nonce: nonceBytes,
    associatedData: bytes.subarray(0, headerEnd),
    ciphertext: bytes.subarray(headerEnd, bodyEnd),
  };
}
