import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { binanceSignature } from './binance';
import { bybitSignature } from './bybit';
import { okxSignature } from './okx';
import { coinbaseJwt, ed25519Key, hmacSha256Hex } from './signing';

describe('exchange signatures', () => {
  it("reproduces Binance's documented HMAC example (golden vector)", () => {
    const secret = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
    const payload =
      'symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559';
    expect(binanceSignature({ keyType: 'hmac', secret }, payload)).toBe(
      'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71',
    );
  });

  it('signs Binance Ed25519 and RSA payloads as base64, URL-encoded, verifiable with the public key', () => {
    const payload = 'timestamp=1&recvWindow=5000';
    for (const type of ['ed25519', 'rsa'] as const) {
      const pair =
        type === 'rsa'
          ? generateKeyPairSync('rsa', { modulusLength: 2048 })
          : generateKeyPairSync('ed25519');
      const secret = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const signature = binanceSignature({ keyType: type, secret }, payload);
      const raw = Buffer.from(decodeURIComponent(signature), 'base64');
      const ok = verify(
        type === 'rsa' ? 'sha256' : null,
        Buffer.from(payload),
        pair.publicKey,
        raw,
      );
      expect(ok).toBe(true);
    }
  });

  it("signs OKX's prehash timestamp + method + path as base64 HMAC", () => {
    const sign = okxSignature(
      'secret',
      '2020-12-08T09:08:57.715Z',
      'GET',
      '/api/v5/account/config',
    );
    expect(sign).toBe(
      Buffer.from(
        hmacSha256Hex('secret', '2020-12-08T09:08:57.715ZGET/api/v5/account/config'),
        'hex',
      ).toString('base64'),
    );
  });

  it('signs Bybit with lowercase hex HMAC', () => {
    const sign = bybitSignature({ keyType: 'hmac', secret: 's' }, '1658384314791XXXXXXXXXX5000');
    expect(sign).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads an Ed25519 key from base64 of 32 or 64 bytes', () => {
    const pair = generateKeyPairSync('ed25519');
    const der = pair.privateKey.export({ type: 'pkcs8', format: 'der' });
    const seed = der.subarray(der.length - 32);
    const pub = pair.publicKey.export({ type: 'spki', format: 'der' }).subarray(12);
    for (const raw of [seed, Buffer.concat([seed, pub])]) {
      const key = ed25519Key(raw.toString('base64'));
      expect(createPublicKey(key).export({ type: 'spki', format: 'der' })).toEqual(
        pair.publicKey.export({ type: 'spki', format: 'der' }),
      );
    }
    expect(() => ed25519Key(Buffer.alloc(20).toString('base64'))).toThrow(/32 or 64 bytes/);
  });

  it('builds a Coinbase ES256 JWT with kid, nonce and the uri claim', () => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const secret = pair.privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    const jwt = coinbaseJwt({
      keyName: 'organizations/o/apiKeys/k',
      secret,
      keyType: 'ecdsa',
      uri: 'GET api.coinbase.com/api/v3/brokerage/key_permissions',
      nowSeconds: 1000,
    });
    const [h = '', c = '', s = ''] = jwt.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(c, 'base64url').toString()) as Record<string, unknown>;
    expect(header).toMatchObject({ alg: 'ES256', kid: 'organizations/o/apiKeys/k' });
    expect(header.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(claims).toEqual({
      sub: 'organizations/o/apiKeys/k',
      iss: 'cdp',
      nbf: 1000,
      exp: 1120,
      uri: 'GET api.coinbase.com/api/v3/brokerage/key_permissions',
    });
    const ok = verify(
      'sha256',
      Buffer.from(`${h}.${c}`),
      { key: pair.publicKey, dsaEncoding: 'ieee-p1363' },
      Buffer.from(s, 'base64url'),
    );
    expect(ok).toBe(true);
  });
});
