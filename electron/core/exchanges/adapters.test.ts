// Every adapter against the fake exchange: signatures verified as documented, answers mapped
// to ExchangeFacts, every diagnosis. No test reaches a real exchange.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExchangeCredential } from './credential';
import type { FakeProvider } from './test/fake-keys';
import { makeTestKey } from './test/fake-keys';
import { startHarness, targetFor, type Harness } from './test/harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.fake.stop();
});

const SPOT_BOT = { read: true, spotMargin: true, futures: false, withdrawals: false };
const TRADER = { read: true, spotMargin: true, futures: true, withdrawals: false };

const KEY_KINDS: [FakeProvider, ExchangeCredential['keyType']][] = [
  ['binance', 'hmac'],
  ['binance', 'ed25519'],
  ['binance', 'rsa'],
  ['okx', 'hmac'],
  ['bybit', 'hmac'],
  ['bybit', 'rsa'],
  ['coinbase', 'ecdsa'],
  ['coinbase', 'ed25519'],
];

describe('each adapter reads what the exchange says', () => {
  it.each(KEY_KINDS)('%s %s: a matching key is ok, with its facts', async (provider, keyType) => {
    const combined = provider === 'okx' || provider === 'coinbase';
    const ips = provider === 'coinbase' ? [] : ['203.0.113.7'];
    const key = makeTestKey(provider, keyType, {
      permissions: combined ? TRADER : SPOT_BOT,
      ips,
    });
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.diagnosis).toBeNull();
    expect(check.outcome).toBe('ok');
    expect(check.differences).toEqual([]);
    expect(check.exchange?.permissions).toEqual(combined ? TRADER : SPOT_BOT);
    expect(check.host).toBe(key.credential.host);
    if (provider === 'binance') {
      expect(check.exchange).toMatchObject({ ipRestricted: true, ipWhitelist: null });
    } else if (provider === 'coinbase') {
      expect(check.exchange).toMatchObject({ ipRestricted: null, ipWhitelist: null });
    } else {
      expect(check.exchange).toMatchObject({ ipRestricted: true, ipWhitelist: ips });
    }
  });

  it('maps Binance extras and its Spot & Margin expiry', async () => {
    const key = makeTestKey('binance', 'hmac', {
      extras: ['internalTransfer', 'vanillaOptions'],
      expiresAt: '2026-12-20T00:00:00.000Z',
    });
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.outcome).toBe('ok');
    expect(check.exchange).toMatchObject({
      extras: ['internalTransfer', 'vanillaOptions'],
      expiresAt: '2026-12-20T00:00:00.000Z',
      createdAt: '2026-01-05T10:00:00.000Z',
      ipRestricted: false,
    });
  });

  it("maps Bybit's groups onto the four and keeps the rest as extras; the 1970 sentinel is no expiry", async () => {
    const key = makeTestKey('bybit', 'hmac', {
      permissions: { read: true, spotMargin: false, futures: true, withdrawals: true },
      extras: ['Wallet.AccountTransfer', 'Earn.Earn'],
    });
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.exchange).toMatchObject({
      permissions: { read: true, spotMargin: false, futures: true, withdrawals: true },
      extras: ['Earn.Earn', 'Wallet.AccountTransfer'],
      ipRestricted: false,
      ipWhitelist: [],
      expiresAt: null,
    });
    h.fake.update(key.fake.apiKey, { expiresAt: '2026-12-08T00:00:00.000Z' });
    const soon = await h.checker.check(targetFor(key));
    expect(soon.outcome).toBe('ok');
    expect(soon.exchange?.expiresAt).toBe('2026-12-08T00:00:00.000Z');
  });

  it('a read-only Bybit key can only read', async () => {
    const key = makeTestKey('bybit', 'hmac', { permissions: TRADER, readOnly: true });
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.exchange?.permissions).toEqual({
      read: true,
      spotMargin: false,
      futures: false,
      withdrawals: false,
    });
  });

  it('sends OKX demo keys with x-simulated-trading: 1, and a live key without it', async () => {
    const demo = makeTestKey('okx', 'hmac', { demo: true });
    const live = makeTestKey('okx', 'hmac');
    h.fake.add(demo.fake);
    h.fake.add(live.fake);
    expect((await h.checker.check(targetFor(demo))).outcome).toBe('ok');
    expect((await h.checker.check(targetFor(live))).outcome).toBe('ok');
    const configs = h.fake.seen.filter((s) => s.path === '/api/v5/account/config');
    expect(configs.map((s) => s.headers['x-simulated-trading'])).toEqual(['1', undefined]);
    // A demo key recorded as live is named as an environment mismatch.
    const misrecorded = await h.checker.check(
      targetFor({ ...demo, credential: { ...demo.credential, environment: 'live' } }),
    );
    expect(misrecorded.diagnosis?.message).toMatch(/environment/);
  });

  it("signs Coinbase's uri claim with the recorded host although the request goes to the override", async () => {
    const key = makeTestKey('coinbase', 'ecdsa', { host: 'api.coinbase.com' });
    h.fake.add(key.fake);
    expect((await h.checker.check(targetFor(key))).outcome).toBe('ok');
    // A credential naming another host signs another uri: the fake refuses it.
    const other = await h.checker.check(
      targetFor({ ...key, credential: { ...key.credential, host: 'api.example.com' } }),
    );
    expect(other.outcome).toBe('rejected');
  });
});

describe('diagnoses', () => {
  it.each(['binance', 'okx', 'bybit', 'coinbase'] as const)(
    '%s: an unknown key is rejected as unknown',
    async (provider) => {
      const key = makeTestKey(provider);
      const check = await h.checker.check(targetFor(key));
      expect(check.outcome).toBe('rejected');
      expect(check.exchange).toBeNull();
      expect(check.diagnosis?.code).toBe('unknown-key');
      expect(check.diagnosis?.message).toMatch(/deleted/);
    },
  );

  it.each(['binance', 'okx', 'bybit'] as const)(
    '%s: a secret that does not belong to the key is a bad signature',
    async (provider) => {
      const key = makeTestKey(provider);
      h.fake.add(key.fake);
      const check = await h.checker.check(
        targetFor({ ...key, credential: { ...key.credential, secret: 'not-the-secret' } }),
      );
      expect(check.outcome).toBe('rejected');
      expect(check.diagnosis?.code).toBe('bad-signature');
      expect(check.diagnosis?.message).toMatch(/does not belong to this key/);
      expect(check.diagnosis?.message).not.toContain('not-the-secret');
    },
  );

  it('OKX: a wrong API passphrase is a bad signature naming the passphrase', async () => {
    const key = makeTestKey('okx');
    h.fake.add(key.fake);
    const check = await h.checker.check(
      targetFor({ ...key, credential: { ...key.credential, passphrase: 'wrong' } }),
    );
    expect(check.diagnosis?.code).toBe('bad-signature');
    expect(check.diagnosis?.message).toMatch(/passphrase/);
    const none = await h.checker.check(
      targetFor({ ...key, credential: { ...key.credential, passphrase: '' } }),
    );
    expect(none.diagnosis?.message).toMatch(/none is stored/);
  });

  it("Coinbase: another key pair's private key is refused (401, ambiguous)", async () => {
    const key = makeTestKey('coinbase', 'ed25519');
    const other = makeTestKey('coinbase', 'ed25519');
    h.fake.add(key.fake);
    const check = await h.checker.check(
      targetFor({ ...key, credential: { ...key.credential, secret: other.credential.secret } }),
    );
    expect(check.outcome).toBe('rejected');
    expect(check.diagnosis?.message).toMatch(/does not say which/);
  });

  it.each(['okx', 'bybit'] as const)('%s: an IP not on the whitelist is ip-blocked', async (p) => {
    const key = makeTestKey(p, 'hmac', { ips: ['198.51.100.1'], ipBlocked: true });
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.outcome).toBe('ip-blocked');
    expect(check.diagnosis?.code).toBe('ip-not-allowed');
    expect(check.diagnosis?.message).toMatch(/keyward check/);
  });

  it('Binance -2015: with a recorded whitelist says both causes; without, an unknown key', async () => {
    const key = makeTestKey('binance', 'hmac', { ips: ['198.51.100.1'], ipBlocked: true });
    h.fake.add(key.fake);
    const whitelisted = await h.checker.check(targetFor(key));
    expect(whitelisted.outcome).toBe('ip-blocked');
    expect(whitelisted.diagnosis?.message).toMatch(/not on it or the key was deleted/);
    expect(whitelisted.diagnosis?.message).toMatch(/bot's server/);
    const open = await h.checker.check(targetFor(key, { ipWhitelist: [] }));
    expect(open.outcome).toBe('rejected');
    expect(open.diagnosis?.code).toBe('unknown-key');
  });

  it('Bybit: an expired key says so', async () => {
    const key = makeTestKey('bybit', 'hmac', { expired: true });
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.outcome).toBe('rejected');
    expect(check.diagnosis?.message).toMatch(/expired/);
  });

  it.each(['binance', 'okx', 'bybit', 'coinbase'] as const)(
    '%s: 429 with Retry-After <= 10 s is retried once after waiting',
    async (provider) => {
      const key = makeTestKey(provider);
      h.fake.add(key.fake);
      h.fake.switches.rateLimit = { count: 1, retryAfter: 2 };
      const check = await h.checker.check(targetFor(key));
      expect(check.outcome).toBe('ok');
      expect(h.sleeps).toEqual([2000]);
    },
  );

  it.each(['binance', 'okx', 'bybit', 'coinbase'] as const)(
    '%s: 429 with a long Retry-After, or twice, is reported as rate-limited',
    async (provider) => {
      const key = makeTestKey(provider);
      h.fake.add(key.fake);
      h.fake.switches.rateLimit = { count: 1, retryAfter: 30 };
      const long = await h.checker.check(targetFor(key));
      expect(long.outcome).toBe('rate-limited');
      expect(long.diagnosis?.message).toMatch(/wait 30 s/);
      expect(h.sleeps).toEqual([]);
      h.fake.switches.rateLimit = { count: 2, retryAfter: 1 };
      const twice = await h.checker.check(targetFor(key));
      expect(twice.diagnosis?.code).toBe('rate-limited');
      expect(h.sleeps).toEqual([1000]);
    },
  );

  it.each(['binance', 'okx', 'bybit', 'coinbase'] as const)(
    "%s: a skewed clock is corrected with the exchange's time, not reported as a bad key",
    async (provider) => {
      const key = makeTestKey(provider);
      h.fake.add(key.fake);
      h.fake.switches.clockSkewMs = -3_600_000;
      expect((await h.checker.check(targetFor(key))).outcome).toBe('ok');
    },
  );

  it.each(['binance', 'okx', 'bybit'] as const)(
    '%s: timestamps refused even after correcting is clock-skew (after one fresh measurement)',
    async (provider) => {
      const key = makeTestKey(provider);
      h.fake.add(key.fake);
      h.fake.switches.timeEndpointErrorMs = 120_000;
      const check = await h.checker.check(targetFor(key));
      expect(check.outcome).toBe('rejected');
      expect(check.diagnosis?.code).toBe('clock-skew');
      const timeReads = h.fake.seen.filter((s) => s.path.includes('time')).length;
      expect(timeReads).toBe(2);
    },
  );

  it('kraken is unsupported, with the reason', async () => {
    const key = makeTestKey('binance');
    const check = await h.checker.check({
      credential: { ...key.credential, provider: 'kraken', host: 'api.kraken.com' },
      recorded: { ...targetFor(key).recorded, provider: 'kraken' },
    });
    expect(check.outcome).toBe('unsupported');
    expect(check.diagnosis?.message).toMatch(/nonce/);
    expect(h.fake.seen).toEqual([]);
  });

  it("an exchange Keyward does not know ('other') is unsupported", async () => {
    const key = makeTestKey('binance');
    const check = await h.checker.check({
      credential: null,
      recorded: { ...targetFor(key).recorded, provider: 'other' },
    });
    expect(check.outcome).toBe('unsupported');
  });
});

describe('unreachable', () => {
  it('a slow answer times out as unreachable', async () => {
    const slow = await startHarness({ timeoutMs: 200 });
    try {
      const key = makeTestKey('binance');
      slow.fake.add(key.fake);
      slow.fake.switches.delayMs = 1000;
      const check = await slow.checker.check(targetFor(key));
      expect(check.outcome).toBe('unreachable');
      expect(check.diagnosis?.message).toMatch(/no answer within 200 ms/);
    } finally {
      await slow.fake.stop();
    }
  });

  it('a refused connection is unreachable', async () => {
    const key = makeTestKey('okx');
    h.fake.add(key.fake);
    await h.fake.stop();
    const check = await h.checker.check(targetFor(key));
    expect(check.outcome).toBe('unreachable');
    expect(check.diagnosis?.message).toMatch(/refused/);
  });
});
