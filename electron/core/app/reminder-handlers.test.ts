// Reminders through the app core: notifications once per event (also across restarts), no
// label while locked, listing and snoozing over IPC, and the schedule kept in step with the
// vault so reminders work while it is locked.
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { createTestCore, type TestCore } from './testing';

const DAY = 86_400_000;

async function withKey(dir: string, keychain = memoryKeychain()) {
  const core = createTestCore(dir, { keychain });
  await core.handle('vault.create', {});
  const input = sampleKey(1);
  const added = await core.handle('keys.add', { ...input, apiKey: input.apiKey ?? '' });
  if (!added.ok) throw new Error(added.message);
  return { core, keyId: (added.value as { id: string }).id, keychain };
}

function labelled(core: TestCore) {
  return core.notifications.filter((n) => `${n.title} ${n.body}`.includes(sampleKey(1).label));
}

describe('reminders in the app core', () => {
  it('notifies a due rotation once, naming the key while unlocked', async () => {
    const { core, keyId } = await withKey(await tempDir());
    core.scheduler.advance(80 * DAY); // due at day 90: the 14-day notice is current
    let attention = -1;
    await core.checkReminders((n) => (attention = n));
    const rotation = core.notifications.filter((n) => n.keyId === keyId);
    expect(rotation).toHaveLength(1);
    expect(labelled(core)).toHaveLength(1);
    expect(attention).toBeGreaterThanOrEqual(1);
    await core.checkReminders();
    expect(core.notifications.filter((n) => n.keyId === keyId)).toHaveLength(1);
  });

  it('while locked: still notifies from the schedule, without any label', async () => {
    const { core, keyId } = await withKey(await tempDir());
    await core.handle('vault.lock', {});
    core.scheduler.advance(80 * DAY);
    await core.checkReminders();
    expect(core.notifications.some((n) => n.keyId === keyId)).toBe(true);
    expect(labelled(core)).toEqual([]);
  });

  it('does not repeat an event after a restart', async () => {
    const dir = await tempDir();
    const { core, keychain } = await withKey(dir);
    core.scheduler.advance(80 * DAY);
    await core.checkReminders();
    const sent = core.notifications.length;
    expect(sent).toBeGreaterThan(0);
    const restarted = createTestCore(dir, { keychain, start: core.scheduler.clock() });
    await restarted.checkReminders();
    expect(restarted.notifications).toEqual([]);
  });

  it('reminders.list shows current events; snooze moves one and refuses bad ids', async () => {
    const { core, keyId } = await withKey(await tempDir());
    core.scheduler.advance(80 * DAY);
    const listed = await core.handle('reminders.list', {});
    if (!listed.ok) throw new Error(listed.message);
    const events = listed.value as { id: string; keyId: string | null; snoozed: boolean }[];
    const event = events.find((e) => e.keyId === keyId);
    expect(event).toBeDefined();
    expect(await core.handle('reminders.snooze', { reminderId: event!.id, days: 3 })).toEqual({
      ok: true,
      value: null,
    });
    await core.checkReminders();
    expect(core.notifications.filter((n) => n.keyId === keyId)).toEqual([]);
    const bad = await core.handle('reminders.snooze', { reminderId: 'not an id', days: 3 });
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('reminders.snoozeUntil keeps a due reminder out of notifications and the list until the day', async () => {
    const { core, keyId } = await withKey(await tempDir());
    core.scheduler.advance(80 * DAY);
    const listed = await core.handle('reminders.list', {});
    if (!listed.ok) throw new Error(listed.message);
    const event = (listed.value as { id: string; keyId: string | null }[]).find(
      (e) => e.keyId === keyId,
    )!;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const until = day(core.scheduler.clock().getTime() + 20 * DAY);
    expect(await core.handle('reminders.snoozeUntil', { reminderId: event.id, until })).toEqual({
      ok: true,
      value: null,
    });
    core.scheduler.advance(12 * DAY); // past the due day: a later stage, still snoozed
    await core.checkReminders();
    expect(core.notifications.filter((n) => n.keyId === keyId)).toEqual([]);
    const later = await core.handle('reminders.list', {});
    if (!later.ok) throw new Error(later.message);
    const mine = (later.value as { keyId: string | null; snoozed: boolean }[]).filter(
      (e) => e.keyId === keyId,
    );
    expect(mine.map((e) => e.snoozed)).toEqual([true]);
    core.scheduler.advance(9 * DAY);
    await core.checkReminders();
    expect(core.notifications.filter((n) => n.keyId === keyId)).toHaveLength(1);

    const past = await core.handle('reminders.snoozeUntil', {
      reminderId: event.id,
      until: '2020-01-01',
    });
    expect(past).toMatchObject({ ok: false, code: 'invalid' });
    const malformed = await core.handle('reminders.snoozeUntil', {
      reminderId: event.id,
      until: 'soon',
    });
    expect(malformed).toMatchObject({ ok: false });
  });
});
