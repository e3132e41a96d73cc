// Signatures as each exchange documents them, with node:crypto only.
// Invariant: a secret or private key goes in, a signature comes out; nothing is logged and
// error messages never quote the key.
import { createHmac, createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';

export class SigningKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

export function hmacSha256(secret: string | Buffer, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload, 'utf8').digest();
}

export function hmacSha256Hex(secret: string, payload: string): string {
  return hmacSha256(secret, payload).toString('hex');
}

export function hmacSha256Base64(secret: string, payload: string): string {
  return hmacSha256(secret, payload).toString('base64');
}

function pemKey(pem: string, kind: string): KeyObject {
  try {
    return createPrivateKey({ key: pem.trim(), format: 'pem' });
  } catch {
    throw new SigningKeyError(`the stored ${kind} private key is not a readable PEM key`);
  }
}

/** RSASSA-PKCS1-v1_5 with SHA-256, base64 (Binance and Bybit RSA keys). */
export function rsaSha256Base64(privateKeyPem: string, payload: string): string {
  const key = pemKey(privateKeyPem, 'RSA');
  if (key.asymmetricKeyType !== 'rsa') throw new SigningKeyError('the stored key is not RSA');
  return sign('sha256', Buffer.from(payload, 'utf8'), key).toString('base64');
}

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 private key from PEM, or from base64 of 32 (seed) or 64 (seed + public) bytes. */
export function ed25519Key(secret: string): KeyObject {
  const text = secret.trim();
  if (text.startsWith('-----BEGIN')) {
    const key = pemKey(text, 'Ed25519');
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new SigningKeyError('the stored key is not an Ed25519 key');
    }
    return key;
  }
  const raw = Buffer.from(text, 'base64');
  if (raw.length !== 32 && raw.length !== 64) {
    throw new SigningKeyError('the stored Ed25519 key is not base64 of 32 or 64 bytes');
  }
  const der = Buffer.concat([ED25519_PKCS8_PREFIX, raw.subarray(0, 32)]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function ed25519Base64(secret: string, payload: string): string {
  return sign(null, Buffer.from(payload, 'utf8'), ed25519Key(secret)).toString('base64');
}

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export interface CoinbaseJwtInput {
  /** The key name, `organizations/{org}/apiKeys/{id}`: the JWT's kid and sub. */
  keyName: string;
  /** EC private key PEM (ES256) or an Ed25519 key (EdDSA). */
  secret: string;
  keyType: 'ecdsa' | 'ed25519';
  /** `GET api.coinbase.com/api/v3/brokerage/key_permissions`: method, space, host, path. */
  uri: string;
  /** Seconds since the epoch, on the exchange's clock. */
  nowSeconds: number;
}

/** Coinbase's per-request JWT (coinbase-advanced-py jwt_generator.py): 2 minutes, nonce, uri. */
export function coinbaseJwt(input: CoinbaseJwtInput): string {
  const alg = input.keyType === 'ecdsa' ? 'ES256' : 'EdDSA';
  const header = {
    alg,
    typ: 'JWT',
    kid: input.keyName,
    nonce: randomBytes(16).toString('hex'),
  };
  const claims = {
    sub: input.keyName,
    iss: 'cdp',
    nbf: input.nowSeconds,
    exp: input.nowSeconds + 120,
    uri: input.uri,
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  let signature: Buffer;
  if (alg === 'ES256') {
    const key = pemKey(input.secret, 'EC');
    if (key.asymmetricKeyType !== 'ec') throw new SigningKeyError('the stored key is not EC');
    // JWS wants r||s (64 bytes), not DER.
    signature = sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' });
  } else {
    signature = sign(null, Buffer.from(signingInput), ed25519Key(input.secret));
  }
  return `${signingInput}.${base64url(signature)}`;
}
