import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, seedFromPrivateKeyPem } from './ed25519-keygen';

beforeAll(async () => {
  await sodium.ready;
});

const payload = Buffer.from(
  'symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&timestamp=1700000000000',
);

describe('generateEd25519KeyPair', () => {
  it('gives PEMs Node crypto loads as an Ed25519 pair', async () => {
    const { privateKeyPem, publicKeyPem } = await generateEd25519KeyPair();
    expect(privateKeyPem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/,
    );
    expect(publicKeyPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/,
    );
    const priv = createPrivateKey(privateKeyPem);
    const pub = createPublicKey(publicKeyPem);
    expect(priv.asymmetricKeyType).toBe('ed25519');
    expect(pub.asymmetricKeyType).toBe('ed25519');
    // The public PEM is exactly the one Node derives from the private key.
    expect(createPublicKey(priv).export({ type: 'spki', format: 'pem' })).toBe(publicKeyPem);
  });

  it('a signature made with the private PEM verifies with Node crypto against the public PEM', async () => {
    const { privateKeyPem, publicKeyPem } = await generateEd25519KeyPair();
    const signature = sign(null, payload, privateKeyPem);
    expect(verify(null, payload, publicKeyPem, signature)).toBe(true);
    expect(verify(null, Buffer.from('tampered'), publicKeyPem, signature)).toBe(false);
    const other = await generateEd25519KeyPair();
    expect(verify(null, payload, other.publicKeyPem, signature)).toBe(false);
  });

  it('a signature made by libsodium from the stored seed verifies with Node crypto', async () => {
    const { privateKeyPem, publicKeyPem } = await generateEd25519KeyPair();
    const seed = seedFromPrivateKeyPem(privateKeyPem);
    const pair = sodium.crypto_sign_seed_keypair(seed);
    const signature = sodium.crypto_sign_detached(payload, pair.privateKey);
    expect(verify(null, payload, publicKeyPem, signature)).toBe(true);
    // And Node's signature verifies with libsodium (Ed25519 is deterministic: same bytes).
    expect(Buffer.from(sign(null, payload, privateKeyPem))).toEqual(Buffer.from(signature));
  });

  it('makes a new pair each time', async () => {
    const a = await generateEd25519KeyPair();
    const b = await generateEd25519KeyPair();
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem);
    expect(a.publicKeyPem).not.toBe(b.publicKeyPem);
  });

  it('seedFromPrivateKeyPem refuses anything but an Ed25519 PKCS#8 key', () => {
    expect(() =>
      seedFromPrivateKeyPem('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'),
    ).toThrow(/not an Ed25519/);
  });
});
