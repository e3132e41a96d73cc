// `keyward check` and `keyward rotate <key> verify` end to end: the built CLI against the fake
// exchange on 127.0.0.1 (KEYWARD_EXCHANGE_URL_*), a real vault and keychain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeExchange } from '../../core/exchanges/test/fake-exchange';
import type { FakeKey } from '../../core/exchanges/test/fake-keys';
import {
  addArgs,
  API_KEY,
  NEW_API_KEY,
  NEW_SECRET,
  ok,
  SECRET,
  useCliVaults,
} from './workflow-test-vault';

const freshVault = useCliVaults('check');
const LABEL = '3Commas - Trading Bot';
const spotBot = ['--use-case', 'spot-bot', '--ip', '203.0.113.7'];
const SPOT = { read: true, spotMargin: true, futures: false, withdrawals: false };

let fake: FakeExchange;
let env: Record<string, string>;
beforeAll(async () => {
  fake = await new FakeExchange().start();
  env = fake.overrideEnv();
});
afterAll(async () => {
  await fake.stop();
});

function binanceKey(apiKey: string, secret: string, over: Partial<FakeKey> = {}): FakeKey {
  return {
    provider: 'binance',
    apiKey,
    keyType: 'hmac',
    secret,
    permissions: SPOT,
    extras: [],
    ips: ['203.0.113.7'],
    ...over,
  };
}

interface CheckJson {
  keyId: string;
  label: string;
  provider: string;
  host: string;
  checkedAt: string;
  outcome: string;
  exchange: { permissions: Record<string, boolean>; expiresAt: string | null } | null;
  differences: { field: string; recorded: unknown; exchange: unknown }[];
  diagnosis: { code: string; message: string } | null;
}

describe('keyward check', () => {
  it('reports ok, drift (exit 1), accepts the answer, and a rejected key', async () => {
    const { run } = await freshVault();
    ok(await run([...addArgs(LABEL), ...spotBot], { input: SECRET }));
    fake.add(binanceKey(API_KEY, SECRET));

    const first = await run(['check', '--json'], { env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('KEYWARD_EXCHANGE_URL_BINANCE is set');
    const [report] = JSON.parse(first.stdout) as CheckJson[];
    expect(Object.keys(report!)).toEqual([
      'keyId',
      'label',
      'provider',
      'host',
      'checkedAt',
      'outcome',
      'exchange',
      'differences',
      'diagnosis',
    ]);
    expect(report).toMatchObject({
      label: LABEL,
      provider: 'binance',
      host: 'api.binance.com',
      outcome: 'ok',
      differences: [],
      diagnosis: null,
    });
    expect(first.stdout + first.stderr).not.toContain(SECRET);

    // Withdrawals switched on at the exchange: drift, and a critical finding in the audit.
    fake.update(API_KEY, { permissions: { ...SPOT, withdrawals: true } });
    const drift = await run(['check', LABEL, '--json'], { env });
    expect(drift.status).toBe(1);
    const [drifted] = JSON.parse(drift.stdout) as CheckJson[];
    expect(drifted!.outcome).toBe('drift');
    expect(drifted!.differences).toEqual([
      { field: 'permissions.withdrawals', recorded: false, exchange: true },
    ]);
    const audit = JSON.parse((await run(['audit', '--json'])).stdout) as {
      rule: string;
      severity: string;
    }[];
    expect(audit).toContainEqual(
      expect.objectContaining({ rule: 'exchange-drift', severity: 'critical' }),
    );

    const accepted = await run(['check', LABEL, '--accept'], { env });
    expect(accepted.status, accepted.stderr).toBe(0);
    expect(accepted.stdout).toMatch(/accepted the exchange's answer: permissions.withdrawals/);
    const shown = JSON.parse(ok(await run(['show', LABEL, '--json'])).stdout) as {
      permissions: Record<string, boolean>;
    };
    expect(shown.permissions.withdrawals).toBe(true);
    const history = ok(await run(['history', LABEL])).stdout;
    expect(history).toMatch(/exchange-accepted/);

    // Deleted at the exchange: Binance's -2015 on a whitelisted key cannot say whether the key
    // is gone or this machine is off its whitelist, so the outcome is ip-blocked, naming both.
    fake.remove(API_KEY);
    const gone = await run(['check', '--json'], { env });
    expect(gone.status).toBe(1);
    const [rejected] = JSON.parse(gone.stdout) as CheckJson[];
    expect(rejected).toMatchObject({ outcome: 'ip-blocked', exchange: null });
    expect(rejected!.diagnosis?.message).toMatch(/not on it or the key was deleted/);
  }, 60_000);

  it('refuses an unknown key (exit 5) and a bad override (exit 2) without touching the vault', async () => {
    const { refused, run } = await freshVault();
    ok(await run([...addArgs(LABEL), ...spotBot], { input: SECRET }));
    await refused(['check', 'Nobody'], 5, /No key "Nobody"/);
    const bad = await run(['check'], { env: { KEYWARD_EXCHANGE_URL_OKX: 'http://10.1.2.3:80' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/loopback/);
  }, 60_000);
});

describe('keyward rotate <key> verify', () => {
  it('exits 1 while the old key still works, 0 once it is rejected; finish records it', async () => {
    const { run } = await freshVault();
    ok(await run([...addArgs(LABEL), ...spotBot], { input: SECRET }));
    fake.add(binanceKey(API_KEY, SECRET));
    fake.add(binanceKey(NEW_API_KEY, NEW_SECRET));
    ok(await run(['rotate', LABEL, 'start']));
    ok(await run(['rotate', LABEL, 'new', '--api-key', NEW_API_KEY], { input: `${NEW_SECRET}\n` }));

    const early = await run(['rotate', LABEL, 'verify'], { env });
    expect(early.status).toBe(1);
    expect(early.stdout).toMatch(/new key is accepted; the old key still works/);

    fake.remove(API_KEY);
    const verified = await run(['rotate', LABEL, 'verify'], { env });
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/new key is accepted; the old key is rejected/);

    ok(await run(['rotate', LABEL, 'step', 'service-updated']));
    ok(await run(['rotate', LABEL, 'step', 'confirmed-working']));
    ok(await run(['rotate', LABEL, 'finish']));
    const history = ok(await run(['history', LABEL])).stdout;
    expect(history).toMatch(/verified with the exchange \(new key accepted, old key rejected\)/);

    // The new key is now the key: a check finds it.
    const after = await run(['check', '--json'], { env });
    expect((JSON.parse(after.stdout) as CheckJson[])[0]!.outcome).toBe('ok');
  }, 60_000);

  it('exits 1 when the new key is not accepted', async () => {
    const { run } = await freshVault();
    ok(await run([...addArgs(LABEL), ...spotBot], { input: SECRET }));
    fake.add(binanceKey(API_KEY, SECRET));
    ok(await run(['rotate', LABEL, 'start']));
    ok(
      await run(['rotate', LABEL, 'new', '--api-key', 'UNKNOWNKEY123'], {
        input: `${NEW_SECRET}\n`,
      }),
    );
    const result = await run(['rotate', LABEL, 'verify'], { env });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/new key is NOT accepted/);
  }, 60_000);
});
