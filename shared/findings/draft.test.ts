import { describe, expect, it } from 'vitest';
import { unknownAssessment } from '../domain/key-record';
import type { KeyDraft } from './draft';
import { DRAFT_KEY_ID, findingsForDraft } from './draft';
import { daysAfter, makeKey, makeService, makeVault, T0 } from './test-fixtures';

const draft = (over: Partial<KeyDraft> = {}): KeyDraft => ({
  label: '3Commas - Trading Bot',
  provider: 'binance',
  account: 'main',
  useCase: 'spot-bot',
  permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
  ipWhitelist: ['203.0.113.9'],
  ...over,
});
const rules = (list: { rule: string; severity: string }[]) =>
  list.map((f) => `${f.rule}:${f.severity}`);

describe('findingsForDraft', () => {
  it('a least-privilege, whitelisted draft is clean', () => {
    expect(findingsForDraft(draft(), makeVault([]), T0)).toEqual([]);
  });

  it('changes live as permissions are ticked and IPs typed', () => {
    const vault = makeVault([]);
    const noIp = findingsForDraft(draft({ ipWhitelist: [] }), vault, T0);
    expect(rules(noIp)).toEqual(['no-ip-whitelist:high', 'binance-trading-lapse:medium']);
    expect(noIp[1]?.message).toContain('2026-02-09');
    const withdrawals = findingsForDraft(
      draft({
        ipWhitelist: ['1.2.3'],
        permissions: { read: true, spotMargin: true, futures: false, withdrawals: true },
      }),
      vault,
      T0,
    );
    expect(rules(withdrawals)).toEqual([
      'withdrawals-enabled:critical',
      'no-ip-whitelist:critical',
      'excess-permission:high',
      'binance-trading-lapse:medium',
    ]);
    expect(withdrawals.every((f) => f.keyId === DRAFT_KEY_ID)).toBe(true);
  });

  it('finds the service by name and reports its red flags', () => {
    const a = unknownAssessment();
    a.flags['asks-disable-ip-whitelist'] = 'yes';
    const svc = makeService({ name: '3Commas', assessment: a });
    const list = findingsForDraft(draft({ serviceName: ' 3commas ' }), makeVault([], [svc]), T0);
    expect(list.map((f) => [f.rule, f.severity, f.serviceId, f.subject])).toEqual([
      ['service-red-flag', 'high', svc.id, 'asks-disable-ip-whitelist'],
    ]);
  });

  it('spots an API key already stored under another label', () => {
    const existing = makeKey({ label: 'Old - Bot', apiKey: 'ABCDEFGHIJKLMNOP' });
    const list = findingsForDraft(draft({ apiKey: 'ABCDEFGHIJKLMNOP' }), makeVault([existing]), T0);
    expect(rules(list)).toEqual(['shared-api-key:high']);
    expect(list[0]?.message).toContain('"Old - Bot"');
    expect(list[0]?.keyId).toBe(DRAFT_KEY_ID);
  });

  it("reports the draft's account reaching the limit, not other accounts", () => {
    const full = Array.from({ length: 24 }, (_, i) =>
      makeKey({ account: 'main', label: `S${i} - Tracker` }),
    );
    const other = Array.from({ length: 30 }, (_, i) =>
      makeKey({ account: 'other', label: `O${i} - Tracker` }),
    );
    const list = findingsForDraft(draft(), makeVault([...full, ...other]), T0);
    expect(rules(list)).toEqual(['account-key-limit:low']);
    expect(list[0]?.message).toContain('25 keys');
  });

  it('editing a saved key uses its dates and does not count it twice', () => {
    const saved = makeKey({
      label: 'Acme - Bot',
      apiKey: 'ZZZZZZZZZZZZZZZZ',
      lastRotatedAt: daysAfter(T0, -100).toISOString(),
    });
    const vault = makeVault([saved]);
    const list = findingsForDraft(
      draft({
        id: saved.id,
        label: 'Acme - Bot',
        useCase: 'portfolio-tracking',
        permissions: saved.permissions,
      }),
      vault,
      T0,
    );
    expect(rules(list)).toEqual(['rotation-overdue:high']);
    expect(list[0]?.keyId).toBe(saved.id);
  });

  it('does not modify the vault and never says a vague label is fine', () => {
    const vault = makeVault([makeKey()]);
    const before = JSON.stringify(vault);
    expect(rules(findingsForDraft(draft({ label: 'My key' }), vault, T0))).toEqual([
      'vague-label:info',
    ]);
    expect(JSON.stringify(vault)).toBe(before);
  });
});
