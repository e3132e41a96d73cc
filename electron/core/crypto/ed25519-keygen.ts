// Self-generated Ed25519 key pairs (Binance's recommended key type). libsodium makes the pair;
// the private key is kept as the key's secret in PKCS#8 PEM, the form Node's crypto and
// Binance's own examples load directly; the public key is an SPKI PEM
// (-----BEGIN PUBLIC KEY-----) to paste into the exchange's "self-generated" form.
// Invariant: the raw private key's Uint8Arrays (libsodium's key pair, the seed, the DER) are
// overwritten with sodium.memzero as soon as the PEM is built. Not wiped: the PEM, a string
// (JavaScript strings are immutable and stay until garbage collected), and the copies
// libsodium-wrappers made on its WebAssembly heap.
import { loadSodium } from '../vault/sodium';

// DER prefixes of RFC 8410: PrivateKeyInfo { v0, AlgorithmIdentifier { 1.3.101.112 },
// OCTET STRING { OCTET STRING seed(32) } } and SubjectPublicKeyInfo { id-Ed25519, BIT STRING pk }.
const PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]);
const SPKI_PREFIX = Uint8Array.from([
  0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
]);

export interface Ed25519KeyPair {
  /** PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"): the secret. */
  privateKeyPem: string;
  /** SPKI PEM ("-----BEGIN PUBLIC KEY-----"): safe to show and paste into the exchange. */
  publicKeyPem: string;
}

function toPem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export function publicKeyPemFromRaw(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) throw new Error('an Ed25519 public key has 32 bytes');
  return toPem('PUBLIC KEY', concat(SPKI_PREFIX, publicKey));
}

/** Extracts the 32-byte seed from a PKCS#8 Ed25519 PEM made by this module (or OpenSSL). */
export function seedFromPrivateKeyPem(pem: string): Uint8Array {
  const body = pem.replace(/-----(BEGIN|END) PRIVATE KEY-----|\s/g, '');
  const der = Uint8Array.from(Buffer.from(body, 'base64'));
  const prefixOk =
    der.length === PKCS8_PREFIX.length + 32 && PKCS8_PREFIX.every((b, i) => der[i] === b);
  if (!prefixOk) throw new Error('not an Ed25519 PKCS#8 private key');
  return der.slice(PKCS8_PREFIX.length);
}

export async function generateEd25519KeyPair(): Promise<Ed25519KeyPair> {
  const sodium = await loadSodium();
  const pair = sodium.crypto_sign_keypair();
  // libsodium's 64-byte private key is seed || public key; PKCS#8 holds the seed only.
  const seed = pair.privateKey.slice(0, 32);
  const der = concat(PKCS8_PREFIX, seed);
  try {
    return {
      privateKeyPem: toPem('PRIVATE KEY', der),
      publicKeyPem: publicKeyPemFromRaw(pair.publicKey),
    };
  } finally {
    sodium.memzero(seed);
    sodium.memzero(der);
    sodium.memzero(pair.privateKey);
  }
}
