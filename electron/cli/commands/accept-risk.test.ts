// accept-risk end to end: an accepted critical finding no longer fails `keyward audit` until
// its day passes; the reason is in the key's history; bad input changes nothing.
import { describe, expect, it } from 'vitest';
import { addArgs, ok, useCliVaults } from './workflow-test-vault';

const freshVault = useCliVaults('accept-risk');
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const LABEL = 'Treasury - Sweeper';
// A custom key that withdraws by design: withdrawals-enabled is critical for it.
const autoTransfer = ['--use-case', 'custom', '--perm', 'read,withdrawals', '--ip', '203.0.113.7'];
interface FindingJson {
  rule: string;
  severity: string;
  acceptedUntil: string | null;
}

describe('keyward accept-risk', () => {
  it('an accepted critical finding stops failing the audit until its day passes', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(LABEL, autoTransfer), { input: 'treasury-secret-1234567' }));
    const before = await run(['audit', '--json']);
    expect(before.status).toBe(1);
    const critical = (JSON.parse(before.stdout) as FindingJson[]).filter(
      (f) => f.severity === 'critical',
    );
    expect(critical.map((f) => f.rule)).toEqual(['withdrawals-enabled']);

    const note = 'Sweeps profits to cold storage by design';
    const accepted = ok(
      await run(['accept-risk', LABEL, 'withdrawals-enabled', '--until', day(30), '--note', note]),
    );
    expect(accepted.stderr).toContain(`accepted through ${day(30)}`);

    const after = ok(await run(['audit', '--json']));
    const withdrawals = (JSON.parse(after.stdout) as FindingJson[]).find(
      (f) => f.rule === 'withdrawals-enabled',
    )!;
    expect(withdrawals.acceptedUntil?.slice(0, 10)).toBe(day(31));
    const text = ok(await run(['audit']));
    expect(text.stdout).toMatch(/\[withdrawals-enabled\] {2}ACCEPTED through/);
    expect(text.stdout).toContain(`Accepted: ${note}`);

    // The day after the acceptance ends, the finding fails the audit again.
    const later = new Date(Date.now() + 32 * 86_400_000).toISOString();
    expect((await run(['audit', '--now', later])).status).toBe(1);

    const history = JSON.parse(ok(await run(['history', LABEL, '--json'])).stdout) as {
      type: string;
      detail?: string;
    }[];
    expect(history.at(-1)).toMatchObject({ type: 'risk-accepted' });
    expect(history.at(-1)?.detail).toContain(note);

    ok(await run(['accept-risk', LABEL, 'withdrawals-enabled', '--withdraw']));
    expect((await run(['audit'])).status).toBe(1);
    await refused(
      ['accept-risk', LABEL, 'withdrawals-enabled', '--withdraw'],
      2,
      /no accepted risk/,
    );
  });

  it('refuses what cannot be accepted and changes nothing', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(LABEL, autoTransfer), { input: 'treasury-secret-1234567' }));
    const accept = (rule: string, until: string, note = 'needed') => [
      'accept-risk',
      LABEL,
      rule,
      '--until',
      until,
      '--note',
      note,
    ];
    await refused(accept('no-such-rule', day(10)), 2, /the rule is one of/);
    await refused(accept('withdrawals-enabled', '2026-13-45'), 2, /no such day/);
    await refused(accept('withdrawals-enabled', 'next week'), 2, /YYYY-MM-DD/);
    await refused(accept('withdrawals-enabled', day(-1)), 2, /a day after today/);
    await refused(accept('withdrawals-enabled', day(400)), 2, /at most 365 days/);
    await refused(accept('withdrawals-enabled', day(10), '  '), 2, /a note is required/);
    await refused(accept('rotation-overdue', day(10)), 2, /has no finding rotation-overdue/);
    await refused(
      ['accept-risk', 'Nobody', 'withdrawals-enabled', '--until', day(3), '--note', 'x'],
      5,
      /No key/,
    );
  });
});
