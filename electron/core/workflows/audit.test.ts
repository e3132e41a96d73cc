import { describe, expect, it } from 'vitest';
import type { VaultData } from '../../../shared/domain/key-record';
import { vaultDataSchema } from '../../../shared/domain/key-record';
import { findings } from '../../../shared/findings';
import { daysAfter, makeKey, makeVault, T0 } from '../../../shared/findings/test-fixtures';
import { abandonAudit, auditStep, finishAudit, startAudit } from './audit';

const at = (d: number) => daysAfter(T0, d);
function vault(): VaultData {
  return makeVault([
    makeKey({ id: 'a', label: 'Acme - Bot', lastAuditedAt: null }),
    makeKey({ id: 'b', label: 'Beta - Tracker', lastAuditedAt: null }),
    makeKey({ id: 'r', label: 'Old - Revoked', status: 'revoked', lastAuditedAt: null }),
  ]);
}
function refused(data: VaultData, fn: () => unknown, re: RegExp) {
  const before = JSON.stringify(data);
  expect(fn).toThrow(re);
  expect(JSON.stringify(data)).toBe(before);
}

describe('monthly audit', () => {
  it('over all live keys: five steps, then lastAuditedAt on each and the vault', () => {
    const data = vault();
    expect(findings(data, at(40)).map((f) => f.rule)).toContain('audit-due');
    startAudit(data, undefined, at(40));
    expect(data.audit.run).toEqual({
      startedAt: at(40).toISOString(),
      keyIds: ['a', 'b'],
      steps: [],
    });
    for (const n of [1, 3, 2, 5, 4]) auditStep(data, n, at(40 + n / 24));
    finishAudit(data, at(41));
    expect(data.keys.map((k) => k.lastAuditedAt)).toEqual([
      at(41).toISOString(),
      at(41).toISOString(),
      null,
    ]);
    expect(data.audit).toEqual({ lastAuditAt: at(41).toISOString(), run: null });
    const history = data.keys[0]!.history;
    expect(history.map((e) => e.type)).toEqual([
      'audit-step',
      'audit-step',
      'audit-step',
      'audit-step',
      'audit-step',
      'audit-step',
      'audited',
    ]);
    expect(history[1]?.detail).toBe('1. Review every existing key');
    expect(history[1]?.at).toBe(at(40 + 1 / 24).toISOString());
    expect(data.keys[2]!.history).toEqual([]);
    expect(findings(data, at(42)).map((f) => f.rule)).not.toContain('audit-due');
    expect(vaultDataSchema.safeParse(data).success).toBe(true);
  });

  it('over one key: only that key is marked, the vault-wide date is not', () => {
    const data = vault();
    startAudit(data, 'Beta - Tracker', at(40));
    for (let n = 1; n <= 5; n += 1) auditStep(data, n, at(40));
    finishAudit(data, at(40));
    expect(data.keys.map((k) => k.lastAuditedAt)).toEqual([null, at(40).toISOString(), null]);
    expect(data.audit.lastAuditAt).toBeNull();
    expect(data.keys[0]!.history).toEqual([]);
  });

  it('keys deleted during step 2 are simply skipped', () => {
    const data = vault();
    startAudit(data, undefined, at(40));
    auditStep(data, 1, at(40));
    data.keys = data.keys.filter((k) => k.id !== 'b');
    for (const n of [2, 3, 4, 5]) auditStep(data, n, at(40));
    expect(finishAudit(data, at(40)).auditedKeyIds).toEqual(['a']);
    expect(data.audit.lastAuditAt).toBe(at(40).toISOString());
  });

  it('refuses bad requests and changes nothing', () => {
    const data = vault();
    refused(data, () => auditStep(data, 1, at(1)), /No audit is running/);
    refused(data, () => finishAudit(data, at(1)), /No audit is running/);
    refused(data, () => startAudit(data, 'nope', at(1)), /No key is labelled/);
    startAudit(data, undefined, at(1));
    refused(data, () => startAudit(data, undefined, at(1)), /already running/);
    refused(data, () => auditStep(data, 6, at(1)), /steps 1 to 5/);
    refused(data, () => auditStep(data, 0, at(1)), /steps 1 to 5/);
    auditStep(data, 2, at(1));
    refused(data, () => auditStep(data, 2, at(1)), /already done/);
    refused(data, () => finishAudit(data, at(1)), /steps 1, 3, 4, 5 still to do/);
    const empty = makeVault([]);
    refused(empty, () => startAudit(empty, undefined, at(1)), /no active key/);
  });

  it('abandoning stops the run and marks nothing audited', () => {
    const data = vault();
    startAudit(data, undefined, at(1));
    auditStep(data, 1, at(1));
    abandonAudit(data, at(2));
    expect(data.audit.run).toBeNull();
    expect(data.keys.every((k) => k.lastAuditedAt === null)).toBe(true);
    expect(data.keys[0]!.history.at(-1)?.detail).toBe('audit abandoned');
  });
});
