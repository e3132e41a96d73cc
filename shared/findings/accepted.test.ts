import { describe, expect, it } from 'vitest';
import { findings, hasCritical } from '.';
import { makeKey, makeVault } from './test-fixtures';

const now = new Date('2026-06-01T12:00:00Z');

describe('accepted risks', () => {
  const key = makeKey({
    useCase: 'spot-bot',
    permissions: { read: true, spotMargin: true, futures: true, withdrawals: true },
  });
  const until = '2026-07-01T00:00:00.000Z';

  it('marks only the accepted rule (and subject) of that key, until the day passes', () => {
    const accepted = {
      ...key,
      acceptedRisks: [
        { rule: 'withdrawals-enabled', until, note: 'by design', at: now.toISOString() },
        {
          rule: 'excess-permission',
          subject: 'futures',
          until,
          note: 'hedging',
          at: now.toISOString(),
        },
      ],
    };
    const list = findings(makeVault([accepted]), now);
    const marked = list.filter((f) => f.accepted).map((f) => [f.rule, f.subject ?? null]);
    expect(marked.sort()).toEqual([
      ['excess-permission', 'futures'],
      ['withdrawals-enabled', null],
    ]);
    // Withdrawals is also an excess permission of a spot bot: that one stays open.
    expect(
      list.find((f) => f.rule === 'excess-permission' && f.subject === 'withdrawals')?.accepted,
    ).toBeUndefined();
    expect(list.find((f) => f.rule === 'withdrawals-enabled')?.accepted).toEqual({
      until,
      note: 'by design',
    });

    const later = findings(makeVault([accepted]), new Date(until));
    expect(later.some((f) => f.accepted)).toBe(false);
  });

  it('an accepted critical finding does not count as critical', () => {
    const plain = findings(makeVault([key]), now);
    expect(hasCritical(plain)).toBe(true);
    const criticalRules = [
      ...new Set(plain.filter((f) => f.severity === 'critical').map((f) => f.rule)),
    ];
    const accepted = {
      ...key,
      acceptedRisks: criticalRules.map((rule) => ({
        rule,
        until,
        note: 'n',
        at: now.toISOString(),
      })),
    };
    expect(hasCritical(findings(makeVault([accepted]), now))).toBe(false);
  });
});
