// ReminderService with real files in a temp folder: once across restarts, locked and unlocked.
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { daysAfter, makeKey, makeVault, T0 } from '../../../shared/findings/test-fixtures';
import type { NotifierPort } from '../app/ports';
import { tempDir } from '../test/temp-dir';
import { schedulePath, sentLogPath } from './reminder-files';
import { ReminderService } from './reminder-service';

type Sent = Parameters<NotifierPort['notify']>[0];

async function setup() {
  const dir = await tempDir();
  const sent: Sent[] = [];
  let now = T0;
  const notifier: NotifierPort = { notify: (n) => sent.push(n) };
  const make = () => new ReminderService({ dir, notifier, clock: () => now });
  const setNow = (d: Date) => {
    now = d;
  };
  return { dir, sent, make, setNow };
}

// Rotation due T0 + 90 days; audit due 2026-02-10T12:00Z.
const vault = makeVault([
  makeKey({
    id: 'key-1',
    label: '3Commas - Trading Bot',
    apiKey: 'APIKEYVALUE123456',
    secret: 'SECRETVALUE-xyz',
  }),
]);

describe('ReminderService', () => {
  it('sends each event once, with the label while unlocked, and not again after a restart', async () => {
    const { sent, make, setNow } = await setup();
    setNow(daysAfter(T0, 76));
    const first = await make().check(vault);
    expect(first.map((r) => r.id)).toEqual([
      'rotation:key-1:2026-04-10:d14',
      'audit:2026-02-10:due',
    ]);
    expect(sent[0]).toEqual({
      title: 'Key rotation coming up',
      body: '"3Commas - Trading Bot" is due for rotation in 14 days (2026-04-10).',
      keyId: 'key-1',
      // What the app's notifier words in the chosen language (system-text.ts).
      notice: {
        kind: 'reminder',
        reminder: 'rotation-due-soon',
        params: { label: '3Commas - Trading Bot', date: '2026-04-10', count: 14 },
      },
    });
    expect(await make().check(vault)).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  it('works while locked from the schedule file, naming no key', async () => {
    const { dir, sent, make, setNow } = await setup();
    await make().syncSchedule(vault);
    const schedule = await readFile(schedulePath(dir), 'utf8');
    for (const text of ['3Commas', 'APIKEYVALUE123456', 'SECRETVALUE-xyz'])
      expect(schedule).not.toContain(text);
    setNow(daysAfter(T0, 83));
    const locked = await make().check();
    expect(locked.map((r) => r.id)).toContain('rotation:key-1:2026-04-10:d7');
    expect(sent.map((s) => s.body).join('\n')).not.toContain('3Commas');
    expect(sent[0]?.body).toBe(
      'An API key is due for rotation in 7 days (2026-04-10). Unlock Keyward to see which.',
    );
    expect(sent[0]?.keyId).toBe('key-1');
    const log = await readFile(sentLogPath(dir), 'utf8');
    expect(log).toContain('rotation:key-1:2026-04-10:d7');
    expect(log).not.toContain('3Commas');
  });

  it('moves to the next stage, and overdue repeats weekly', async () => {
    const { sent, make, setNow } = await setup();
    const service = make();
    for (const [d, expected] of [
      [77, 'rotation:key-1:2026-04-10:d14'],
      [84, 'rotation:key-1:2026-04-10:d7'],
      [89, 'rotation:key-1:2026-04-10:d1'],
      [90, 'rotation:key-1:2026-04-10:due'],
      [97, 'rotation:key-1:2026-04-10:overdue-w1'],
      [104, 'rotation:key-1:2026-04-10:overdue-w2'],
    ] as const) {
      setNow(daysAfter(T0, d));
      const ids = (await service.check(vault))
        .map((r) => r.id)
        .filter((id) => id.startsWith('rotation'));
      expect(ids).toEqual([expected]);
      expect((await service.check(vault)).length).toBe(0);
    }
    expect(sent.filter((s) => s.title.startsWith('Key rotation'))).toHaveLength(6);
  });

  it('snoozing moves an event; bad snoozes are refused', async () => {
    const { make, setNow } = await setup();
    setNow(daysAfter(T0, 83));
    const service = make();
    await service.check(vault);
    await service.snooze('rotation:key-1:2026-04-10:d7', 2);
    setNow(daysAfter(T0, 84));
    expect(await service.check(vault)).toEqual([]);
    setNow(daysAfter(T0, 85));
    expect((await service.check(vault)).map((r) => r.id)).toEqual(['rotation:key-1:2026-04-10:d7']);
    await expect(service.snooze('rotation:key-1:x', 0)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(service.snooze('not an id', 1)).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('snoozing until a day keeps the reminder and its next stages silent until then', async () => {
    const { sent, make, setNow } = await setup();
    setNow(daysAfter(T0, 83)); // 7 days before the rotation is due (2026-04-10)
    const service = make();
    await service.check(vault);
    const before = sent.length;
    await service.snoozeUntil('rotation:key-1:2026-04-10:d7', '2026-04-12');
    for (const d of [84, 89, 90, 91]) {
      setNow(daysAfter(T0, d));
      const sentNow = await service.check(vault);
      expect(sentNow.filter((r) => r.keyId === 'key-1')).toEqual([]);
      const rotation = (await service.list(vault)).find((r) => r.keyId === 'key-1');
      expect(rotation?.snoozed).toBe(true);
    }
    expect(sent.slice(before).filter((n) => n.keyId === 'key-1')).toEqual([]);
    setNow(new Date('2026-04-12T00:00:00Z'));
    expect((await service.check(vault)).map((r) => r.id)).toEqual([
      'rotation:key-1:2026-04-10:due',
    ]);
    expect((await make().list(vault)).find((r) => r.keyId === 'key-1')?.snoozed).toBe(false);
  });

  it('a week-long snooze survives a restart and is refused for a bad day', async () => {
    const { make, setNow } = await setup();
    setNow(daysAfter(T0, 40)); // the audit is due
    await make().snooze('audit:2026-02-10:due', 7);
    setNow(daysAfter(T0, 46));
    expect(await make().check(vault)).toEqual([]);
    setNow(daysAfter(T0, 48));
    expect((await make().check(vault)).map((r) => r.id)).toEqual(['audit:2026-02-10:due']);
    const service = make();
    for (const day of ['2026-02-30', 'tomorrow', '2026-02-17', '2028-01-01']) {
      await expect(service.snoozeUntil('audit:2026-02-10:due', day)).rejects.toMatchObject({
        code: 'invalid-input',
      });
    }
    await expect(service.snoozeUntil('not an id', '2026-03-01')).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('list shows what is current without sending', async () => {
    const { sent, make, setNow } = await setup();
    setNow(daysAfter(T0, 40));
    const list = await make().list(vault);
    expect(list.map((r) => [r.kind, r.sent])).toEqual([['audit-due', false]]);
    expect(sent).toEqual([]);
    await make().check(vault);
    expect((await make().list(vault)).map((r) => r.sent)).toEqual([true]);
  });

  it('unreadable or missing files are treated as empty', async () => {
    const { dir, make, setNow } = await setup();
    setNow(daysAfter(T0, 40));
    expect(await make().check()).toEqual([]);
    await writeFile(schedulePath(dir), '{not json');
    await writeFile(sentLogPath(dir), '{"version": 7}');
    expect(await make().check()).toEqual([]);
    expect((await make().check(vault)).map((r) => r.kind)).toEqual(['audit-due']);
    expect(JSON.parse(await readFile(schedulePath(dir), 'utf8'))).toMatchObject({
      version: 1,
      keys: [{ id: 'key-1' }],
    });
  });
});
