import { describe, expect, it } from 'vitest';
import { RED_FLAGS, unknownAssessment } from '../domain/key-record';
import type { RedFlag } from '../domain/key-record';
import { findings } from './findings';
import { daysAfter, makeKey, makeService, makeVault, T0 } from './test-fixtures';
import type { Finding, RuleId } from './types';

const only = (list: Finding[], rule: RuleId) => list.filter((f) => f.rule === rule);

describe('audit-due', () => {
  const key = (over = {}) => makeKey({ label: 'Acme - Tracker', ...over });
  it('is silent within a month of the last audit', () => {
    expect(
      only(findings(makeVault([key()]), new Date('2026-02-10T11:59:59Z')), 'audit-due'),
    ).toEqual([]);
  });
  it('is due (low) one month after the last audit', () => {
    const [f] = only(findings(makeVault([key()]), new Date('2026-02-10T12:00:00Z')), 'audit-due');
    expect(f).toMatchObject({ severity: 'low' });
    expect(f?.keyId).toBeUndefined();
    expect(f?.message).toContain('2026-02-10');
    expect(f?.fix).toMatch(/API call logs/);
  });
  it('turns medium when more than two months overdue', () => {
    const vault = makeVault([key()]);
    expect(only(findings(vault, new Date('2026-04-10T12:00:00Z')), 'audit-due')[0]?.severity).toBe(
      'low',
    );
    expect(only(findings(vault, new Date('2026-04-10T12:00:01Z')), 'audit-due')[0]?.severity).toBe(
      'medium',
    );
  });
  it('a never-audited key counts from when it was added', () => {
    const vault = makeVault([
      key({ lastAuditedAt: null, createdAt: daysAfter(T0, -40).toISOString() }),
    ]);
    expect(only(findings(vault, T0), 'audit-due')).toHaveLength(1);
  });
  it('is driven by the least recently audited live key; revoked keys do not count', () => {
    const fresh = key({ lastAuditedAt: daysAfter(T0, 35).toISOString() });
    const stale = key({ lastAuditedAt: daysAfter(T0, -60).toISOString() });
    const at = daysAfter(T0, 36);
    expect(only(findings(makeVault([fresh, stale]), at), 'audit-due')).toHaveLength(1);
    expect(
      only(findings(makeVault([fresh, { ...stale, status: 'revoked' }]), at), 'audit-due'),
    ).toEqual([]);
  });
  it('an empty vault needs no audit', () => {
    expect(findings(makeVault([]), daysAfter(T0, 999))).toEqual([]);
  });
});

describe('shared-api-key', () => {
  it('reports each key holding the same API key (high), naming the other labels', () => {
    const a = makeKey({ label: 'Acme - Bot', apiKey: 'SAMEKEY1234567890' });
    const b = makeKey({ label: 'Other - Tracker', apiKey: 'SAMEKEY1234567890' });
    const c = makeKey({ label: 'Third - Tax' });
    const list = only(findings(makeVault([a, b, c]), T0), 'shared-api-key');
    expect(list.map((f) => [f.keyId, f.severity])).toEqual([
      [a.id, 'high'],
      [b.id, 'high'],
    ]);
    expect(list[0]?.message).toContain('"Other - Tracker"');
    expect(list[1]?.message).toContain('"Acme - Bot"');
    expect(JSON.stringify(list)).not.toContain('SAMEKEY1234567890');
  });
  it('ignores empty API keys (keygen entries) and revoked keys', () => {
    const a = makeKey({ apiKey: '' });
    const b = makeKey({ apiKey: '' });
    const c = makeKey({ apiKey: 'X1234567890123' });
    const d = makeKey({ apiKey: 'X1234567890123', status: 'revoked' });
    expect(only(findings(makeVault([a, b, c, d]), T0), 'shared-api-key')).toEqual([]);
  });
});

describe('account-key-limit', () => {
  const keys = (n: number, account = 'main', provider: 'binance' | 'kraken' = 'binance') =>
    Array.from({ length: n }, (_, i) => makeKey({ account, provider, label: `Svc${i} - Tracker` }));
  it.each([
    [24, []],
    [25, ['low']],
    [30, ['low']],
    [31, ['high']],
  ] as const)('%i keys on one account: %j', (n, severities) => {
    const list = only(findings(makeVault(keys(n)), T0), 'account-key-limit');
    expect(list.map((f) => f.severity)).toEqual(severities);
    if (list[0]) {
      expect(list[0].message).toContain(`${n} keys`);
      expect(list[0].message).toContain('main');
      expect(list[0].subject).toBe('binance:main');
      // The exchange's name as it writes it, never the lower-case id.
      expect(list[0].message).toMatch(/^The Binance account main /);
    }
  });
  it('counts each provider and account apart, and skips revoked keys', () => {
    const split = [...keys(20, 'main'), ...keys(20, 'sub'), ...keys(20, 'main', 'kraken')];
    expect(only(findings(makeVault(split), T0), 'account-key-limit')).toEqual([]);
    const withRevoked = [
      ...keys(24),
      ...keys(3).map((k) => ({ ...k, status: 'revoked' as const })),
    ];
    expect(only(findings(makeVault(withRevoked), T0), 'account-key-limit')).toEqual([]);
  });
});

describe('service-red-flag', () => {
  const SEVERITY: Record<RedFlag, string> = {
    'asks-withdrawals': 'high',
    'asks-disable-ip-whitelist': 'high',
    'no-ip-whitelist-support': 'medium',
    'no-security-docs': 'medium',
    'vague-operator': 'medium',
    'unrealistic-returns': 'medium',
  };
  it.each(RED_FLAGS)('"%s" answered yes gives one finding on each key of the service', (flag) => {
    const a = unknownAssessment();
    a.flags[flag] = 'yes';
    const svc = makeService({ name: 'Shady Bot', assessment: a });
    const k1 = makeKey({ label: 'Shady - Bot', serviceId: svc.id });
    const k2 = makeKey({ label: 'Shady - Reader', serviceId: svc.id });
    const list = only(findings(makeVault([k1, k2], [svc]), T0), 'service-red-flag');
    expect(list.map((f) => [f.keyId, f.serviceId, f.subject, f.severity])).toEqual([
      [k1.id, svc.id, flag, SEVERITY[flag]],
      [k2.id, svc.id, flag, SEVERITY[flag]],
    ]);
    expect(list[0]?.message).toContain('Shady Bot');
    expect(list[0]?.fix.length).toBeGreaterThan(10);
  });
  it('"no" and "unknown" answers are no finding; a service without keys is none', () => {
    const a = unknownAssessment();
    a.flags['no-security-docs'] = 'no';
    const svc = makeService({ assessment: a });
    const flagged = unknownAssessment();
    flagged.flags['asks-withdrawals'] = 'yes';
    const unused = makeService({ assessment: flagged });
    const key = makeKey({ label: 'Acme - Bot', serviceId: svc.id });
    expect(findings(makeVault([key], [svc, unused]), T0)).toEqual([]);
  });
  it('all six flags give six findings, high ones first', () => {
    const a = unknownAssessment();
    for (const f of RED_FLAGS) a.flags[f] = 'yes';
    const svc = makeService({ assessment: a });
    const list = findings(
      makeVault([makeKey({ label: 'Acme - Bot', serviceId: svc.id })], [svc]),
      T0,
    );
    expect(list.map((f) => f.severity)).toEqual([
      'high',
      'high',
      'medium',
      'medium',
      'medium',
      'medium',
    ]);
    expect(new Set(list.map((f) => f.subject)).size).toBe(6);
  });
});
