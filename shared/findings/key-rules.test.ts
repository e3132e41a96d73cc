import { describe, expect, it } from 'vitest';
import type { KeyRecord } from '../domain/key-record';
import { findings } from './findings';
import { daysAfter, makeKey, makeVault, T0 } from './test-fixtures';
import type { Finding, RuleId } from './types';

const READ = { read: true, spotMargin: false, futures: false, withdrawals: false };
const SPOT = { ...READ, spotMargin: true };
const FUT = { ...READ, futures: true };
const WD = { ...READ, withdrawals: true };

function run(over: Partial<KeyRecord>, now = T0): Finding[] {
  return findings(makeVault([makeKey({ label: 'Acme - Bot', ...over })]), now);
}
const only = (list: Finding[], rule: RuleId) => list.filter((f) => f.rule === rule);

describe('withdrawals-enabled', () => {
  it('is critical on any use case but auto-transfer', () => {
    const f = only(
      run({ useCase: 'spot-bot', permissions: { ...SPOT, withdrawals: true } }),
      'withdrawals-enabled',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'critical' });
    expect(f[0]?.message).toContain('"Acme - Bot"');
    expect(f[0]?.fix).toMatch(/Turn off Withdrawals/);
  });
  it('is critical on auto-transfer without an IP whitelist', () => {
    const f = only(
      run({ useCase: 'auto-transfer', permissions: WD, ipWhitelist: [] }),
      'withdrawals-enabled',
    );
    expect(f.map((x) => x.severity)).toEqual(['critical']);
  });
  it('is medium on auto-transfer with an IP whitelist', () => {
    const f = only(run({ useCase: 'auto-transfer', permissions: WD }), 'withdrawals-enabled');
    expect(f.map((x) => x.severity)).toEqual(['medium']);
  });
  it('counts IP entries in words and gives the UI the count to word it', () => {
    const one = only(run({ useCase: 'auto-transfer', permissions: WD }), 'withdrawals-enabled');
    expect(one[0]?.message).toContain('restricted to 1 IP entry,');
    const two = only(
      run({ useCase: 'auto-transfer', permissions: WD, ipWhitelist: ['203.0.113.7', '::1'] }),
      'withdrawals-enabled',
    );
    expect(two[0]?.message).toContain('restricted to 2 IP entries,');
    expect(two[0]?.text).toEqual({
      message: 'guarded',
      fix: 'guarded',
      params: { label: 'Acme - Bot', count: 2 },
    });
  });
  it('is absent without withdrawals', () => {
    expect(
      only(
        run({ useCase: 'custom', permissions: { ...SPOT, futures: true } }),
        'withdrawals-enabled',
      ),
    ).toEqual([]);
  });
});

describe('no-ip-whitelist', () => {
  it.each([
    ['read only', READ, 'medium'],
    ['spot trading', SPOT, 'high'],
    ['futures trading', FUT, 'high'],
    ['withdrawals', WD, 'critical'],
    ['nothing at all', { ...READ, read: false }, 'medium'],
  ] as const)('%s without a whitelist: %s', (_name, permissions, severity) => {
    const f = only(run({ useCase: 'custom', permissions, ipWhitelist: [] }), 'no-ip-whitelist');
    expect(f.map((x) => x.severity)).toEqual([severity]);
    expect(f[0]?.fix).toMatch(/IP/);
  });
  it('says Binance refuses withdrawals without an IP restriction', () => {
    const [f] = only(
      run({ useCase: 'custom', permissions: WD, ipWhitelist: [] }),
      'no-ip-whitelist',
    );
    expect(f?.message).toMatch(/Binance refuses/);
    const [k] = only(
      run({ provider: 'kraken', useCase: 'custom', permissions: WD, ipWhitelist: [] }),
      'no-ip-whitelist',
    );
    expect(k?.message).not.toMatch(/Binance/);
  });
  it('is absent with a whitelist', () => {
    expect(only(run({ permissions: WD, useCase: 'custom' }), 'no-ip-whitelist')).toEqual([]);
  });
});

describe('binance-trading-lapse', () => {
  const spotNoIp = { useCase: 'spot-bot' as const, permissions: SPOT, ipWhitelist: [] };
  it('names the date 30 days after the key was created', () => {
    const [f] = only(run(spotNoIp, daysAfter(T0, 1)), 'binance-trading-lapse');
    expect(f).toMatchObject({ severity: 'medium' });
    expect(f?.message).toContain('2026-02-09');
    expect(f?.message).toContain('in 29 days');
    expect(f?.fix).toMatch(/IP address/);
  });
  it('counts from the last rotation (the current key material)', () => {
    const rotated = { ...spotNoIp, lastRotatedAt: daysAfter(T0, 10).toISOString() };
    const [f] = only(run(rotated, daysAfter(T0, 11)), 'binance-trading-lapse');
    expect(f?.message).toContain('2026-02-19');
  });
  it('turns high in the last 7 days', () => {
    expect(only(run(spotNoIp, daysAfter(T0, 22)), 'binance-trading-lapse')[0]?.severity).toBe(
      'medium',
    );
    expect(only(run(spotNoIp, daysAfter(T0, 23)), 'binance-trading-lapse')[0]?.severity).toBe(
      'high',
    );
  });
  it('says the permission lapsed once the date has passed', () => {
    const [f] = only(run(spotNoIp, daysAfter(T0, 31)), 'binance-trading-lapse');
    expect(f?.message).toMatch(/removed that permission on 2026-02-09/);
  });
  it.each([
    ['another exchange', { ...spotNoIp, provider: 'kraken' as const }],
    ['an IP whitelist', { ...spotNoIp, ipWhitelist: ['198.51.100.1'] }],
    ['no spot trading', { useCase: 'futures-bot' as const, permissions: FUT, ipWhitelist: [] }],
  ])('does not apply with %s', (_name, over) => {
    expect(only(run(over, daysAfter(T0, 1)), 'binance-trading-lapse')).toEqual([]);
  });
});

describe('rotation', () => {
  it('is silent more than 14 days ahead', () => {
    const list = run({}, daysAfter(T0, 75.5));
    expect(only(list, 'rotation-due')).toEqual([]);
    expect(only(list, 'rotation-overdue')).toEqual([]);
  });
  it('is due (low) within 14 days, with the date', () => {
    const [f] = only(run({}, daysAfter(T0, 76)), 'rotation-due');
    expect(f).toMatchObject({ severity: 'low' });
    expect(f?.message).toContain('2026-04-10');
    expect(f?.message).toContain('in 14 days');
    expect(only(run({}, daysAfter(T0, 89.5)), 'rotation-due')).toHaveLength(1);
  });
  it('is overdue (high) from the due instant on', () => {
    expect(only(run({}, daysAfter(T0, 90)), 'rotation-overdue')[0]?.severity).toBe('high');
    const [late] = only(run({}, daysAfter(T0, 100)), 'rotation-overdue');
    expect(late?.message).toContain('10 days ago');
    expect(only(run({}, daysAfter(T0, 100)), 'rotation-due')).toEqual([]);
  });
  it("uses the key's own interval", () => {
    expect(
      only(run({ rotationIntervalDays: 30 }, daysAfter(T0, 31)), 'rotation-overdue'),
    ).toHaveLength(1);
  });
  it('flags an interval above 180 days (medium)', () => {
    expect(only(run({ rotationIntervalDays: 180 }), 'rotation-interval-too-long')).toEqual([]);
    const [f] = only(run({ rotationIntervalDays: 181 }), 'rotation-interval-too-long');
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('181 days');
  });
});

describe('compromised-unresolved', () => {
  it('is critical and hides every other rule of the key', () => {
    const list = run(
      {
        status: 'compromised',
        permissions: WD,
        ipWhitelist: [],
        incident: {
          startedAt: T0.toISOString(),
          steps: [{ step: 1, at: T0.toISOString() }],
          finishedAt: null,
        },
      },
      daysAfter(T0, 200),
    );
    const keyLevel = list.filter((f) => f.keyId !== undefined);
    expect(keyLevel.map((f) => [f.rule, f.severity])).toEqual([
      ['compromised-unresolved', 'critical'],
    ]);
    expect(keyLevel[0]?.message).toContain('1 of 8 steps');
  });
  it('a revoked key (leak response finished) has no findings', () => {
    const list = run(
      { status: 'revoked', permissions: WD, ipWhitelist: [], label: 'x' },
      daysAfter(T0, 400),
    );
    expect(list).toEqual([]);
  });
});

describe('vague-label', () => {
  it.each(['Key 1', 'Binance API', 'test', 'my new key', 'API-KEY #2'])(
    '"%s" is vague (info)',
    (label) => {
      const f = only(run({ label }), 'vague-label');
      expect(f.map((x) => x.severity)).toEqual(['info']);
      expect(f[0]?.fix).toMatch(/Rename/);
    },
  );
  it.each(['3Commas - Trading Bot', 'CoinTracker - Read Only', 'Koinly taxes', 'grid bot'])(
    '"%s" names a service or purpose',
    (label) => {
      expect(only(run({ label }), 'vague-label')).toEqual([]);
    },
  );
});

describe('a healthy key', () => {
  it('has no findings at all', () => {
    expect(run({})).toEqual([]);
  });
});
