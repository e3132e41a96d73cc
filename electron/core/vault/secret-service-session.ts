// The cryptography of the Secret Service's dh-ietf1024-sha256-aes128-cbc-pkcs7 session, apart
// from secret-service-read.ts so that `keyward get` loads node:crypto (about 6 ms) only once
// its first messages are on the bus, while the bus and the keyring work on them.
// Invariants: the session key and the decrypted bytes are wiped as soon as they are used; the
// value is never logged.
import crypto from 'node:crypto';

/** A DER length. */
function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes = Buffer.from(length.toString(16).padStart(length > 0xff ? 4 : 2, '0'), 'hex');
  return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
}

function der(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
}

function derHeaderLength(element: Buffer): number {
  return element[1]! < 0x80 ? 2 : 2 + (element[1]! & 0x7f);
}

/** What a DER element holds, without its tag and length. */
function derContent(element: Buffer): Buffer {
  return element.subarray(derHeaderLength(element));
}

/** The elements of a DER SEQUENCE, each whole (tag, length, content). */
function derChildren(sequence: Buffer): Buffer[] {
  const children: Buffer[] = [];
  const headerLength = (at: number) => derHeaderLength(sequence.subarray(at));
  const contentLength = (at: number) => {
    const first = sequence[at + 1]!;
    if (first < 0x80) return first;
    return parseInt(sequence.subarray(at + 2, at + 2 + (first & 0x7f)).toString('hex'), 16);
  };
  let at = headerLength(0);
  while (at < sequence.length) {
    const end = at + headerLength(at) + contentLength(at);
    children.push(sequence.subarray(at, end));
    at = end;
  }
  return children;
}

/** An unsigned big-endian number as a DER INTEGER. */
function derUnsigned(value: Buffer): Buffer {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const digits = value.subarray(start);
  return der(0x02, digits[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), digits]) : digits);
}

/**
 * The session's Diffie-Hellman: RFC 2409's Second Oakley Group (1024-bit MODP), as the
 * algorithm's name says. Through KeyObjects of the named group: node:crypto's DiffieHellman
 * objects test the group's primes on creation, about 100 ms of CPU, more than all of `get`.
 * Node's KeyObjects read public keys only as SubjectPublicKeyInfo, so the peer's raw value is
 * wrapped in our own key's algorithm identifier (the same group, by construction).
 */
export class SessionKeyExchange {
  // @types/node lacks the 'dh' overload; Node has had it since 15 (option `group`).
  private readonly pair = (
    crypto.generateKeyPairSync as unknown as (
      type: 'dh',
      options: { group: string },
    ) => crypto.KeyPairKeyObjectResult
  )('dh', { group: 'modp2' });
  private readonly spki = this.pair.publicKey.export({ format: 'der', type: 'spki' });

  /** Our public value, big-endian without padding (what libsecret sends). */
  get publicKey(): Buffer {
    const [, bitString] = derChildren(this.spki);
    const integer = derContent(derContent(bitString!).subarray(1)); // after "unused bits"
    return Buffer.from(integer[0] === 0 ? integer.subarray(1) : integer);
  }

  /** The shared secret, big-endian and zero-padded to the group's 128 bytes. */
  sharedSecret(peerPublicKey: Buffer): Buffer {
    const [algorithm] = derChildren(this.spki);
    const bitString = der(0x03, Buffer.concat([Buffer.from([0]), derUnsigned(peerPublicKey)]));
    const peer = crypto.createPublicKey({
      key: der(0x30, Buffer.concat([algorithm!, bitString])),
      format: 'der',
      type: 'spki',
    });
    const secret = crypto.diffieHellman({ privateKey: this.pair.privateKey, publicKey: peer });
    if (secret.length === 128) return secret;
    const padded = Buffer.concat([Buffer.alloc(128 - secret.length), secret]);
    secret.fill(0);
    return padded;
  }
}

/** AES-128 key of the session: HKDF-SHA256 over the DH shared secret, no salt, no info. */
export function sessionKey(sharedSecret: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', sharedSecret, Buffer.alloc(0), Buffer.alloc(0), 16));
}

/** The value of a GetSecret reply: AES-128-CBC with PKCS#7 padding under the session key. */
export function decryptSessionValue(key: Buffer, iv: Buffer, ciphertext: Buffer): string {
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, iv);
  const parts = [decipher.update(ciphertext)];
  try {
    parts.push(decipher.final());
    const plaintext = Buffer.concat(parts);
    parts.push(plaintext);
    return plaintext.toString('utf8');
  } finally {
    for (const part of parts) part.fill(0);
  }
}
