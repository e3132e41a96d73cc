// audit, audit-run, incident, service, reminders and history end to end through the built CLI.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { addArgs, API_KEY, ok, SECRET, useCliVaults } from './workflow-test-vault';

const freshVault = useCliVaults('audit');
const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();
const TRACKER = 'CoinTracker - Read Only';
const tracker = ['--use-case', 'portfolio-tracking', '--ip', '203.0.113.7'];

interface FindingJson {
  rule: string;
  severity: string;
  keyId: string | null;
  serviceId: string | null;
  message: string;
  fix: string;
  acceptedUntil: string | null;
}
const parse = (text: string) => JSON.parse(text) as FindingJson[];

describe('keyward audit', () => {
  it('exits 0 without critical findings and 1 with one; --json has exactly the seven fields', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(TRACKER, tracker), { input: SECRET }));
    const clean = ok(await run(['audit']));
    expect(clean.stdout).toContain('No findings');
    expect(parse(ok(await run(['audit', '--json'])).stdout)).toEqual([]);

    const id = ok(
      await run(
        addArgs('Shady - Bot', ['--use-case', 'spot-bot', '--perm', 'read,spotMargin,withdrawals']),
        { input: 'other-secret-123456' },
      ),
    ).stdout.trim();
    const dirty = await run(['audit', '--json']);
    expect(dirty.status).toBe(1);
    const list = parse(dirty.stdout);
    for (const f of list)
      expect(Object.keys(f).sort()).toEqual([
        'acceptedUntil',
        'fix',
        'keyId',
        'message',
        'rule',
        'serviceId',
        'severity',
      ]);
    expect(list.slice(0, 2).map((f) => [f.rule, f.severity, f.keyId])).toEqual([
      ['withdrawals-enabled', 'critical', id],
      ['no-ip-whitelist', 'critical', id],
    ]);
    expect(list.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['shared-api-key', 'excess-permission', 'binance-trading-lapse']),
    );
    const text = await run(['audit']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/^CRITICAL +Shady - Bot +\[withdrawals-enabled\]/m);
    expect(text.stdout).toMatch(/Fix: Turn off Withdrawals/);
    expect(text.stdout + dirty.stdout).not.toContain(API_KEY);
    expect(text.stdout + dirty.stdout).not.toContain(SECRET);
    await refused(['audit', '--now', 'yesterday'], 2, /--now needs an ISO 8601 date/);
  });
});

describe('keyward audit-run', () => {
  it('five steps in any order, each once, then finish marks the keys audited', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(TRACKER, tracker), { input: SECRET }));
    const rules = async (now: string) =>
      parse(ok(await run(['audit', '--json', '--now', now])).stdout).map((f) => f.rule);
    expect(await rules(days(32))).toContain('audit-due');
    await refused(['audit-run', 'finish'], 2, /No audit is running/);
    expect(ok(await run(['audit-run', 'start'])).stdout).toMatch(/Audit of 1 key/);
    await refused(['audit-run', 'start'], 2, /already running/);
    await refused(['audit-run', 'step', '6'], 2, /step number from 1 to 5/);
    for (const n of [1, 2, 3, 4]) ok(await run(['audit-run', 'step', String(n)]));
    await refused(['audit-run', 'step', '2'], 2, /already done/);
    await refused(['audit-run', 'finish'], 2, /step 5 still to do/);
    expect(ok(await run(['audit-run', 'step', '5'])).stdout).toMatch(
      /5\. \[x\] .* Review the exchange's API call logs/,
    );
    const done = ok(await run(['audit-run', 'finish']));
    expect(done.stderr).toContain('1 key marked audited');
    expect(done.stdout).toMatch(/No audit running; last full audit: \d{4}-/);
    // Due one month after this audit, not before.
    expect(await rules(days(27))).not.toContain('audit-due');
    const history = JSON.parse(ok(await run(['history', TRACKER, '--json'])).stdout) as {
      type: string;
    }[];
    expect(history.map((e) => e.type)).toEqual([
      'created',
      ...Array<string>(6).fill('audit-step'),
      'audited',
    ]);
  });

  it('audits a single key when named', async () => {
    const { run } = await freshVault();
    ok(await run(addArgs(TRACKER, tracker), { input: SECRET }));
    ok(
      await run(addArgs('Koinly - Tax Reports', [...tracker, '--use-case', 'tax-reports']), {
        input: 'x-secret-123456789',
      }),
    );
    expect(ok(await run(['audit-run', 'start', 'Koinly - Tax Reports'])).stdout).toMatch(
      /Audit of 1 key/,
    );
    ok(await run(['audit-run', 'abandon']));
    expect(ok(await run(['audit-run', 'status'])).stdout).toMatch(
      /No audit running; last full audit: never/,
    );
  });
});

describe('keyward incident', () => {
  it('eight steps in order with notes; compromised (audit exits 1) until finished, then revoked', async () => {
    const { run, refused } = await freshVault();
    ok(await run(addArgs(TRACKER, tracker), { input: SECRET }));
    expect(ok(await run(['incident', TRACKER, 'start'])).stdout).toMatch(/status compromised/);
    const audit = await run(['audit', '--json']);
    expect(audit.status).toBe(1);
    expect(parse(audit.stdout).map((f) => [f.rule, f.severity])).toEqual([
      ['compromised-unresolved', 'critical'],
    ]);
    await refused(['incident', TRACKER, 'step', '2'], 2, /Do step 1 first/);
    await refused(['incident', TRACKER, 'finish'], 2, /at step 1 of 8/);
    await refused(
      ['incident', TRACKER, 'step', '1', '--note', `pasted ${SECRET} in chat`],
      2,
      /leave secrets/,
    );
    await refused(['incident', TRACKER, 'start'], 2, /already in progress/);
    for (let n = 1; n <= 8; n += 1) {
      const args = ['incident', TRACKER, 'step', String(n)];
      ok(await run(n === 6 ? [...args, '--note', 'config file pushed to a public repo'] : args));
    }
    const finished = ok(await run(['incident', TRACKER, 'finish']));
    expect(finished.stdout).toMatch(/status revoked/);
    expect(finished.stdout).toMatch(
      /6\. \[x\] .* Investigate how the key leaked \(config file pushed to a public repo\)/,
    );
    expect(ok(await run(['audit'])).status).toBe(0);
    const history = JSON.parse(ok(await run(['history', TRACKER, '--json'])).stdout) as {
      type: string;
      at: string;
    }[];
    expect(history.map((e) => e.type)).toEqual([
      'created',
      'incident-started',
      ...Array<string>(8).fill('incident-step'),
      'incident-finished',
    ]);
    for (const e of history) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
  });
});

describe('keyward service', () => {
  it('adds, assesses and lists services; red flags become findings', async () => {
    const { run, refused } = await freshVault();
    const id = ok(
      await run(['service', 'add', '3Commas', '--url', 'https://3commas.io']),
    ).stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    ok(
      await run(
        addArgs('3Commas - Trading Bot', [
          '--use-case',
          'spot-bot',
          '--ip',
          '203.0.113.7',
          '--service',
          '3Commas',
        ]),
        { input: SECRET },
      ),
    );
    const assessed = ok(
      await run([
        'service',
        'assess',
        '3commas',
        '--flag',
        'asks-disable-ip-whitelist=yes',
        '--flag',
        'no-security-docs=no',
      ]),
    );
    expect(assessed.stdout).toMatch(/RED FLAG +asks-disable-ip-whitelist/);
    const list = JSON.parse(ok(await run(['service', 'list', '--json'])).stdout) as {
      id: string;
      keyIds: string[];
      assessment: { flags: Record<string, string>; assessedAt: string };
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id,
      assessment: {
        flags: {
          'asks-disable-ip-whitelist': 'yes',
          'no-security-docs': 'no',
          'vague-operator': 'unknown',
        },
      },
    });
    expect(list[0]?.keyIds).toHaveLength(1);
    const findings = parse(ok(await run(['audit', '--json'])).stdout);
    expect(findings.map((f) => [f.rule, f.severity, f.serviceId])).toEqual([
      ['service-red-flag', 'high', id],
    ]);
    await refused(['service', 'add', '3COMMAS'], 2, /already exists/);
    await refused(['service', 'add', 'Bad', '--url', 'ftp://x'], 2, /https/);
    await refused(['service', 'assess', '3Commas', '--flag', 'shady=yes'], 2, /Unknown red flag/);
    await refused(
      ['service', 'assess', '3Commas', '--flag', 'vague-operator=maybe'],
      2,
      /yes, no or unknown/,
    );
    await refused(['service', 'assess', '3Commas'], 2, /--flag NAME=yes\|no\|unknown/);
    await refused(['service', 'assess', 'Nobody', '--flag', 'vague-operator=no'], 5, /No service/);
  });
});

describe('keyward reminders and history', () => {
  it('lists what is due without sending; locked, from the schedule only and without labels', async () => {
    const { dir, run, refused } = await freshVault();
    ok(await run(addArgs(TRACKER, [...tracker, '--rotate-days', '30']), { input: SECRET }));
    expect(ok(await run(['reminders'])).stdout).toContain('Nothing is due.');
    const soon = JSON.parse(
      ok(await run(['reminders', '--json', '--now', days(20)])).stdout,
    ) as Record<string, unknown>[];
    expect(soon).toEqual([
      expect.objectContaining({
        kind: 'rotation-due-soon',
        title: 'Key rotation coming up',
        sent: false,
        snoozed: false,
      }),
    ]);
    expect(soon[0]?.message).toMatch(/^"CoinTracker - Read Only" is due for rotation in 10 days/);
    expect(soon[0]?.id).toMatch(/^rotation:[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}:d14$/);
    const locked = JSON.parse(
      ok(await run(['reminders', '--json', '--locked', '--now', days(45)])).stdout,
    ) as Record<string, unknown>[];
    expect(locked.map((r) => r.kind)).toEqual(['rotation-overdue', 'audit-due']);
    expect(JSON.stringify(locked)).not.toContain('CoinTracker');
    expect(locked[0]?.message).toMatch(
      /^An API key was due for rotation on .*Unlock Keyward to see which\.$/,
    );
    expect(ok(await run(['reminders', '--now', days(45)])).stdout).toMatch(
      /Key rotation overdue: "CoinTracker - Read Only" was due/,
    );
    // Nothing was sent: no sent-log appeared.
    expect(await readdir(dir)).not.toContain('reminders-sent.json');
    await refused(['reminders', '--now', 'soon'], 2, /--now needs an ISO 8601 date/);
    await refused(['history', 'Nobody'], 5, /No key is labelled/);
    const history = ok(await run(['history', TRACKER]));
    expect(history.stdout).toMatch(
      /^History of "CoinTracker - Read Only" \(vmPU…Eh8A\):\n {2}\d{4}-\d{2}-\d{2} [\d:]{8} {2}created$/m,
    );
  });
});
