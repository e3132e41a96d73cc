import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/findings/types';
import { groupFindings } from './finding-groups';

const f = (
  rule: Finding['rule'],
  severity: Finding['severity'],
  keyId?: string,
  accepted = false,
) =>
  ({
    rule,
    severity,
    ...(keyId && { keyId }),
    message: `${rule} ${keyId ?? 'vault'}`,
    fix: 'fix',
    ...(accepted && { accepted: { until: '2027-01-01T00:00:00.000Z', note: 'by design' } }),
  }) as Finding;

const labels: Record<string, string> = { a: 'Alpha - Bot', b: 'Beta - Tracker', c: 'Gamma - Tax' };

describe('groupFindings', () => {
  it('groups by key with counts, the group needing the most attention first', () => {
    const groups = groupFindings(
      [
        f('no-ip-whitelist', 'high', 'b'),
        f('withdrawals-enabled', 'critical', 'c', true),
        f('rotation-due', 'low', 'c'),
        f('audit-due', 'medium'),
        f('withdrawals-enabled', 'critical', 'a'),
        f('vague-label', 'low', 'b'),
        f('rotation-due', 'low', 'a'),
      ],
      (id) => labels[id],
    );
    expect(groups.map((g) => [g.keyId, g.label, g.open, g.accepted])).toEqual([
      ['a', 'Alpha - Bot', 2, 0],
      ['b', 'Beta - Tracker', 2, 0],
      [null, undefined, 1, 0],
      ['c', 'Gamma - Tax', 1, 1],
    ]);
    expect(groups[1]!.findings.map((x) => x.rule)).toEqual(['no-ip-whitelist', 'vague-label']);
  });

  it('puts a group whose findings are all accepted last, and breaks ties by label', () => {
    const groups = groupFindings(
      [
        f('withdrawals-enabled', 'critical', 'a', true),
        f('rotation-due', 'low', 'c'),
        f('rotation-due', 'low', 'b'),
      ],
      (id) => labels[id],
    );
    expect(groups.map((g) => g.keyId)).toEqual(['b', 'c', 'a']);
  });

  it('is empty without findings', () => {
    expect(groupFindings([], () => undefined)).toEqual([]);
  });
});
