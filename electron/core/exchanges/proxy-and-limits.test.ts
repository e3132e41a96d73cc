// The HTTP port honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (undici's EnvHttpProxyAgent: an
// https target goes through HTTPS_PROXY, an http one (a loopback override) through HTTP_PROXY,
// both tunnelled with CONNECT), and a check never has more than 4 requests open per host.
import { afterEach, describe, expect, it } from 'vitest';
import { exchangeUrlOverrides } from './base-url';
import { ExchangeChecker } from './check-service';
import { createNodeHttpPort } from './node-http-port';
import { ConnectProxy } from './test/connect-proxy';
import { makeTestKey } from './test/fake-keys';
import { startHarness, targetFor, type Harness } from './test/harness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function harness(env: Record<string, string>): Promise<Harness> {
  const h = await startHarness({ env });
  cleanups.push(() => h.fake.stop());
  return h;
}

async function proxy(): Promise<ConnectProxy> {
  const p = await new ConnectProxy().start();
  cleanups.push(() => p.stop());
  return p;
}

describe('proxy settings', () => {
  it('sends a check of an http loopback override through HTTP_PROXY', async () => {
    const p = await proxy();
    const h = await harness({ HTTP_PROXY: p.url });
    const key = makeTestKey('bybit');
    h.fake.add(key.fake);
    const check = await h.checker.check(targetFor(key));
    expect(check.outcome).toBe('ok');
    expect(p.targets).toContain(h.fake.url.replace('http://', ''));
  });

  it('goes direct for a host listed in NO_PROXY', async () => {
    const p = await proxy();
    const h = await harness({ HTTP_PROXY: p.url, HTTPS_PROXY: p.url, NO_PROXY: '127.0.0.1' });
    const key = makeTestKey('binance');
    h.fake.add(key.fake);
    expect((await h.checker.check(targetFor(key))).outcome).toBe('ok');
    expect(p.targets).toEqual([]);
  });

  it('sends an https check through HTTPS_PROXY (the test proxy refuses the real host)', async () => {
    const p = await proxy();
    const checker = new ExchangeChecker({
      http: createNodeHttpPort({ env: { HTTPS_PROXY: p.url } }),
      overrides: exchangeUrlOverrides({}, false),
    });
    const key = makeTestKey('binance');
    const check = await checker.check(targetFor(key));
    expect(p.targets).toEqual(['api.binance.com:443']);
    expect(check.outcome).toBe('unreachable');
    expect(check.diagnosis?.message).toMatch(/proxy/);
  });
});

describe('requests per host', () => {
  it('overlaps checks but keeps at most 4 requests open per host', async () => {
    const h = await harness({});
    h.fake.switches.delayMs = 40;
    const keys = Array.from({ length: 12 }, () => makeTestKey('okx'));
    for (const key of keys) h.fake.add(key.fake);
    const progress: number[] = [];
    const checks = await h.checker.checkAll(
      keys.map((k) => targetFor(k)),
      (done) => progress.push(done),
    );
    expect(checks.map((c) => c.outcome)).toEqual(keys.map(() => 'ok'));
    expect(h.fake.maxInFlight).toBe(4);
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });
});
