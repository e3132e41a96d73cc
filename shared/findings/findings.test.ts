import { describe, expect, it } from 'vitest';
import { unknownAssessment } from '../domain/key-record';
import { findings } from './findings';
import { daysAfter, makeKey, makeService, makeVault, T0 } from './test-fixtures';
import { RULES, SEVERITIES, hasCritical, toFindingJson } from './types';

function messyVault() {
  const flags = unknownAssessment();
  flags.flags['vague-operator'] = 'yes';
  flags.flags['asks-withdrawals'] = 'yes';
  const svc = makeService({ name: 'Moon Bot', assessment: flags });
  const keys = [
    makeKey({
      label: 'zeta - spot bot',
      useCase: 'spot-bot',
      ipWhitelist: [],
      permissions: { read: true, spotMargin: true, futures: true, withdrawals: true },
      serviceId: svc.id,
      apiKey: 'DUPLICATE-API-KEY-1',
    }),
    makeKey({
      label: 'Alpha - tracker',
      rotationIntervalDays: 181,
      lastAuditedAt: null,
      createdAt: daysAfter(T0, -200).toISOString(),
      lastRotatedAt: daysAfter(T0, -200).toISOString(),
      apiKey: 'DUPLICATE-API-KEY-1',
    }),
    makeKey({ label: 'key 2', status: 'compromised' }),
    makeKey({ label: 'Binance API' }),
    makeKey({ label: 'beta - tax', useCase: 'tax-reports', ipWhitelist: [] }),
  ];
  return makeVault(keys, [svc]);
}

describe('findings()', () => {
  it('orders by severity, then key label (vault-wide first), then rule', () => {
    const vault = messyVault();
    const list = findings(vault, T0);
    const labels = new Map(vault.keys.map((k) => [k.id, k.label.toLowerCase()]));
    for (let i = 1; i < list.length; i += 1) {
      const a = list[i - 1]!;
      const b = list[i]!;
      const sa = SEVERITIES.indexOf(a.severity);
      const sb = SEVERITIES.indexOf(b.severity);
      expect(sa).toBeLessThanOrEqual(sb);
      if (sa !== sb) continue;
      const la = a.keyId ? labels.get(a.keyId)! : '';
      const lb = b.keyId ? labels.get(b.keyId)! : '';
      expect(la <= lb, `${la} before ${lb}`).toBe(true);
      if (la === lb) expect(RULES.indexOf(a.rule)).toBeLessThanOrEqual(RULES.indexOf(b.rule));
    }
    expect(list[0]?.severity).toBe('critical');
    expect(list.some((f) => f.severity === 'info')).toBe(true);
  });

  it('is the same whatever order the records are in', () => {
    const vault = messyVault();
    const reversed = { ...vault, keys: [...vault.keys].reverse() };
    expect(findings(reversed, T0)).toEqual(findings(vault, T0));
  });

  it('covers every rule on a messy vault, each with a message and a fix, never a secret', () => {
    const vault = messyVault();
    const list = findings(vault, T0);
    const rules = new Set(list.map((f) => f.rule));
    for (const r of [
      'withdrawals-enabled',
      'excess-permission',
      'no-ip-whitelist',
      'binance-trading-lapse',
      'rotation-overdue',
      'rotation-interval-too-long',
      'audit-due',
      'shared-api-key',
      'service-red-flag',
      'compromised-unresolved',
      'vague-label',
    ] as const) {
      expect(rules, r).toContain(r);
    }
    const text = JSON.stringify(list);
    for (const k of vault.keys) {
      expect(text).not.toContain(k.secret);
      expect(text).not.toContain(k.apiKey);
    }
    for (const f of list) {
      expect(f.message.length).toBeGreaterThan(15);
      expect(f.fix.length).toBeGreaterThan(15);
    }
  });

  it('does not modify the vault', () => {
    const vault = messyVault();
    const before = JSON.stringify(vault);
    findings(vault, T0);
    expect(JSON.stringify(vault)).toBe(before);
  });

  it('toFindingJson gives exactly the seven fields of `audit --json`', () => {
    const list = findings(messyVault(), T0);
    for (const f of list) {
      expect(Object.keys(toFindingJson(f)).sort()).toEqual([
        'acceptedUntil',
        'fix',
        'keyId',
        'message',
        'rule',
        'serviceId',
        'severity',
      ]);
    }
    const audit = list.find((f) => f.rule === 'audit-due')!;
    expect(toFindingJson(audit)).toMatchObject({
      keyId: null,
      serviceId: null,
      acceptedUntil: null,
    });
    expect(hasCritical(list)).toBe(true);
    expect(hasCritical(list.filter((f) => f.severity !== 'critical'))).toBe(false);
  });
});
