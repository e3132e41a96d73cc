// XChaCha20-Poly1305 (libsodium's crypto_aead_xchacha20poly1305_ietf) decryption with Node's
// own crypto, for `keyward get`'s quick path: loading libsodium's WebAssembly costs more than
// the whole rest of the command. The construction is the standard one: a subkey from
// HChaCha20(key, nonce[0..16]), then ChaCha20-Poly1305 (RFC 8439) under that subkey with the
// nonce 0x00000000 || nonce[16..24]. Only decryption is offered: every write goes through
// libsodium. Safety: a wrong implementation here cannot yield a wrong value, only a failed
// authentication, and the caller then falls back to libsodium.
import { createDecipheriv } from 'node:crypto';

const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]; // "expand 32-byte k"

function rotl(v: number, n: number): number {
  return ((v << n) | (v >>> (32 - n))) >>> 0;
}

function quarterRound(s: Uint32Array, a: number, b: number, c: number, d: number): void {
  s[a] = (s[a]! + s[b]!) >>> 0;
  s[d] = rotl(s[d]! ^ s[a], 16);
  s[c] = (s[c]! + s[d]) >>> 0;
  s[b] = rotl(s[b]! ^ s[c], 12);
  s[a] = (s[a] + s[b]) >>> 0;
  s[d] = rotl(s[d] ^ s[a], 8);
  s[c] = (s[c] + s[d]) >>> 0;
  s[b] = rotl(s[b] ^ s[c], 7);
}

/** HChaCha20: 32-byte key and 16-byte input to a 32-byte subkey. */
export function hchacha20(key: Uint8Array, input: Uint8Array): Uint8Array {
  if (key.length !== 32 || input.length !== 16) throw new Error('hchacha20: bad sizes');
  const k = new DataView(key.buffer, key.byteOffset, 32);
  const n = new DataView(input.buffer, input.byteOffset, 16);
  const s = new Uint32Array(16);
  s.set(SIGMA, 0);
  for (let i = 0; i < 8; i++) s[4 + i] = k.getUint32(i * 4, true);
  for (let i = 0; i < 4; i++) s[12 + i] = n.getUint32(i * 4, true);
  for (let round = 0; round < 10; round++) {
    quarterRound(s, 0, 4, 8, 12);
    quarterRound(s, 1, 5, 9, 13);
    quarterRound(s, 2, 6, 10, 14);
    quarterRound(s, 3, 7, 11, 15);
    quarterRound(s, 0, 5, 10, 15);
    quarterRound(s, 1, 6, 11, 12);
    quarterRound(s, 2, 7, 8, 13);
    quarterRound(s, 3, 4, 9, 14);
  }
  const out = new Uint8Array(32);
  const o = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) o.setUint32(i * 4, s[i]!, true);
  for (let i = 0; i < 4; i++) o.setUint32(16 + i * 4, s[12 + i]!, true);
  return out;
}

/**
 * Decrypts libsodium's XChaCha20-Poly1305 IETF output (ciphertext followed by the 16-byte
 * tag). Throws when authentication fails.
 */
export function xchachaDecrypt(
  sealed: Uint8Array,
  associatedData: Uint8Array,
  nonce: Uint8Array,
  key: Uint8Array,
): Buffer {
  if (nonce.length !== 24 || key.length !== 32 || sealed.length < 16) {
    throw new Error('xchacha: bad sizes');
  }
  const subkey = hchacha20(key, nonce.subarray(0, 16));
  const ietfNonce = new Uint8Array(12);
  ietfNonce.set(nonce.subarray(16, 24), 4);
  const ciphertext = sealed.subarray(0, sealed.length - 16);
  const decipher = createDecipheriv('chacha20-poly1305', subkey, ietfNonce, { authTagLength: 16 });
  decipher.setAAD(associatedData, { plaintextLength: ciphertext.length });
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const parts: Buffer[] = [];
  try {
    parts.push(decipher.update(ciphertext));
    parts.push(decipher.final());
    return Buffer.concat(parts); // a copy: the caller wipes it
  } finally {
    // The chunks Node returned (plaintext, unauthenticated if final() threw) and our copy of
    // the subkey; OpenSSL's cipher context keeps its own until freed.
    for (const part of parts) part.fill(0);
    subkey.fill(0);
  }
}
