import { describe, expect, it } from 'vitest';
import { cleanPastedApiKey, cleanPastedSecret, keySecretMixup } from './key-paste';

const BINANCE_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const BINANCE_SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

describe('cleanPastedApiKey / cleanPastedSecret', () => {
  it('removes spaces, tabs and line breaks inside a pasted API key and says so', () => {
    expect(cleanPastedApiKey(` vmPUZE6mv9SD\n5VNHk4Hl\tWFsOr6 `)).toEqual({
      value: 'vmPUZE6mv9SD5VNHk4HlWFsOr6',
      stripped: true,
    });
    expect(cleanPastedApiKey(BINANCE_KEY)).toEqual({ value: BINANCE_KEY, stripped: false });
  });

  it('removes them from a one-line secret', () => {
    expect(
      cleanPastedSecret(`${BINANCE_SECRET.slice(0, 30)}\r\n${BINANCE_SECRET.slice(30)}\n`),
    ).toEqual({ value: BINANCE_SECRET, stripped: true });
    expect(cleanPastedSecret(BINANCE_SECRET).stripped).toBe(false);
  });

  it('keeps the lines of a PEM private key', () => {
    const pem =
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA\nAoGCCqGSM49\n-----END EC PRIVATE KEY-----\n';
    expect(cleanPastedSecret(pem)).toEqual({ value: pem, stripped: false });
    expect(cleanPastedSecret(`\n\n${pem}`).value).toBe(pem);
  });
});

describe('keySecretMixup', () => {
  it('warns when the API key and the secret are the same', () => {
    expect(
      keySecretMixup({
        provider: 'binance',
        keyType: 'hmac',
        apiKey: BINANCE_KEY,
        secret: ` ${BINANCE_KEY}`,
      }),
    ).toBe('same');
  });

  it('warns when they look swapped, by the exchange formats', () => {
    expect(
      keySecretMixup({
        provider: 'okx',
        keyType: 'hmac',
        apiKey: '0123456789ABCDEF0123456789ABCDEF',
        secret: '0f7c2d1e-aaaa-bbbb-cccc-1234567890ab',
      }),
    ).toBe('swapped');
    expect(
      keySecretMixup({
        provider: 'bybit',
        keyType: 'hmac',
        apiKey: 'A'.repeat(36),
        secret: 'B'.repeat(18),
      }),
    ).toBe('swapped');
    expect(
      keySecretMixup({
        provider: 'coinbase',
        keyType: undefined,
        apiKey: '-----BEGIN EC PRIVATE KEY-----\nabc\n-----END EC PRIVATE KEY-----',
        secret: 'organizations/x/apiKeys/y',
      }),
    ).toBe('swapped');
  });

  it('says nothing for a key in the right order or a half-filled form', () => {
    expect(
      keySecretMixup({
        provider: 'binance',
        keyType: 'hmac',
        apiKey: BINANCE_KEY,
        secret: BINANCE_SECRET,
      }),
    ).toBeNull();
    expect(
      keySecretMixup({
        provider: 'okx',
        keyType: 'hmac',
        apiKey: '0f7c2d1e-aaaa-bbbb-cccc-1234567890ab',
        secret: '0123456789ABCDEF0123456789ABCDEF',
      }),
    ).toBeNull();
    expect(
      keySecretMixup({ provider: 'binance', keyType: 'hmac', apiKey: BINANCE_KEY, secret: '' }),
    ).toBeNull();
  });
});
