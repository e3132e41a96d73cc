// exchange.check / exchange.accept over core, and the daily check (off by default), against
// the fake exchange on 127.0.0.1.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeUrlOverrides } from '../exchanges/base-url';
import { createNodeHttpPort } from '../exchanges/node-http-port';
import { FakeExchange } from '../exchanges/test/fake-exchange';
import { tempDir } from '../test/temp-dir';
import { call, createTestCore, type TestCore } from './testing';

const SPOT = { read: true, spotMargin: true, futures: false, withdrawals: false };
const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

let fake: FakeExchange;
let core: TestCore;
let keyId: string;

beforeEach(async () => {
  fake = await new FakeExchange().start();
  core = createTestCore(await tempDir(), {
    http: createNodeHttpPort({ env: {} }),
    exchangeUrlOverrides: exchangeUrlOverrides(fake.overrideEnv(), false),
    start: new Date(),
  });
  await call(core, 'vault.create', {});
  const key = await call(core, 'keys.add', {
    label: 'Grid - Spot Bot',
    provider: 'binance',
    useCase: 'spot-bot',
    permissions: SPOT,
    ipWhitelist: ['203.0.113.7'],
    apiKey: API_KEY,
    secret: SECRET,
  });
  keyId = key.id;
  fake.add({
    provider: 'binance',
    apiKey: API_KEY,
    keyType: 'hmac',
    secret: SECRET,
    permissions: { ...SPOT, futures: true },
    extras: [],
    ips: ['203.0.113.7'],
  });
});
afterEach(async () => {
  await fake.stop();
});

describe('exchange channels', () => {
  it('exchange.check stores the last check on the key; exchange.accept takes the answer', async () => {
    const [view] = await call(core, 'exchange.check', { keyId });
    expect(view).toMatchObject({ keyId, outcome: 'drift', host: 'api.binance.com' });
    const detail = await call(core, 'keys.get', { keyId });
    expect(detail.lastCheck?.differences).toEqual([
      { field: 'permissions.futures', recorded: false, exchange: true },
    ]);
    const accepted = await call(core, 'exchange.accept', { keyId });
    expect(accepted.permissions.futures).toBe(true);
    expect(accepted.lastCheck?.outcome).toBe('ok');
    expect(accepted.history.at(-1)).toMatchObject({
      type: 'exchange-accepted',
      fields: ['permissions.futures'],
    });
    expect(JSON.stringify(accepted)).not.toContain(SECRET);
  });

  it('checking all reports progress events', async () => {
    const views = await call(core, 'exchange.check', {});
    expect(views).toHaveLength(1);
    expect(core.events.filter((e) => e.event === 'checkProgress').map((e) => e.payload)).toEqual([
      { done: 1, total: 1 },
    ]);
  });
});

describe('daily exchange check', () => {
  it('is off by default; switched on, it checks once a day and notifies on drift', async () => {
    await core.checkExchangesDaily();
    expect(fake.seen).toEqual([]);
    await call(core, 'settings.set', { dailyExchangeCheck: true });
    // Reminders switched off do not switch the exchange check off.
    await call(core, 'settings.set', { reminderCadence: 'off' });
    await core.checkReminders();
    expect(fake.seen).toEqual([]);
    await core.checkExchangesDaily();
    expect(core.notifications).toContainEqual(
      expect.objectContaining({ title: 'API key differs from its record', keyId }),
    );
    const requests = fake.seen.length;
    await core.checkExchangesDaily();
    expect(fake.seen.length).toBe(requests);
  });
});
