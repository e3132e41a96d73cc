// The recovery key: 160 random bits written as 32 Crockford base32 characters plus a
// 4-character checksum, in groups of four, e.g. "7K2M-QX9D-...". Crockford's alphabet has no
// I, L, O or U, and reading maps those look-alikes (I/L -> 1, O -> 0), so a key copied by
// hand reads back. The checksum catches typos before any decryption is tried.
import { cleanRecoveryKey } from '../../../shared/domain/recovery-key-text';
import type { Sodium } from './sodium';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const DATA_CHARS = 32; // 20 bytes * 8 / 5
const CHECK_CHARS = 4;

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) throw new Error('not base32');
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Uint8Array.from(out);
}

function checksum(sodium: Sodium, data: Uint8Array): string {
  const digest = sodium.crypto_generichash(4, data, 'keyward-recovery-checksum');
  return toBase32(digest).slice(0, CHECK_CHARS);
}

export function formatRecoveryKey(sodium: Sodium, data: Uint8Array): string {
  const chars = toBase32(data) + checksum(sodium, data);
  return chars.match(/.{1,4}/g)!.join('-');
}

export function generateRecoveryKey(sodium: Sodium): { text: string; bytes: Uint8Array } {
  const bytes = sodium.randombytes_buf(RECOVERY_KEY_BYTES);
  return { text: formatRecoveryKey(sodium, bytes), bytes };
}

export type RecoveryKeyParse = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Accepts any case, spaces or dashes, and the look-alikes Crockford allows. */
export function parseRecoveryKey(sodium: Sodium, input: string): RecoveryKeyParse {
  // The same reading as the app's recovery-key field (shared/domain/recovery-key-text.ts).
  const cleaned = cleanRecoveryKey(input);
  if (cleaned.length !== DATA_CHARS + CHECK_CHARS) {
    return {
      ok: false,
      reason: `a recovery key has ${DATA_CHARS + CHECK_CHARS} characters (without dashes); this one has ${cleaned.length}`,
    };
  }
  const bad = [...cleaned].find((c) => !ALPHABET.includes(c));
  if (bad !== undefined) return { ok: false, reason: `a recovery key has no "${bad}"` };
  const bytes = fromBase32(cleaned.slice(0, DATA_CHARS));
  if (checksum(sodium, bytes) !== cleaned.slice(DATA_CHARS)) {
    return { ok: false, reason: 'the recovery key has a typo (its checksum does not match)' };
  }
  return { ok: true, bytes };
}
