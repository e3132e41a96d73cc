// The background duties wired to a real core: reminders at start, auto-lock after the
// configured idle minutes (following settings changes), resume checks, stop.
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { startBackground } from './background';
import { IDLE_POLL_MS } from './idle-lock';
import { createTestCore } from './testing';

const DAY = 86_400_000;

async function setup() {
  const core = createTestCore(await tempDir());
  await core.handle('vault.create', {});
  const input = sampleKey(1);
  await core.handle('keys.add', { ...input, apiKey: input.apiKey ?? '' });
  let idleSeconds = 0;
  const changes: number[] = [];
  const background = await startBackground(core, {
    scheduler: core.scheduler,
    idleSeconds: () => idleSeconds,
    checkReminders: () => core.checkReminders(),
    onVaultChanged: () => changes.push(1),
    onError: (e) => {
      throw e;
    },
  });
  return { core, background, setIdle: (s: number) => (idleSeconds = s) };
}

describe('startBackground', () => {
  it('locks after the default 10 idle minutes, and after the new delay once changed', async () => {
    const { core, background, setIdle } = await setup();
    try {
      setIdle(9 * 60);
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(true);
      setIdle(10 * 60);
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(false);
      expect(core.events).toContainEqual({ event: 'locked', payload: { reason: 'idle' } });
      await core.handle('vault.unlock', {});
      await core.handle('settings.set', { autoLockMinutes: 2 });
      setIdle(2 * 60);
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(false);
    } finally {
      background.stop();
    }
  });

  it('checks reminders at start, then on its cadence and on resume', async () => {
    const { core, background } = await setup();
    try {
      expect(core.notifications).toEqual([]); // nothing due on day 0
      core.scheduler.advance(80 * DAY);
      await background.resumed();
      expect(core.notifications.length).toBeGreaterThan(0);
    } finally {
      background.stop();
    }
  });
});

describe('the daily exchange check', () => {
  it('has a loop of its own: it runs at start and hourly even with reminders off', async () => {
    const core = createTestCore(await tempDir());
    await core.handle('vault.create', {});
    await core.handle('settings.set', { reminderCadence: 'off' });
    let passes = 0;
    core.checkExchangesDaily = () => {
      passes += 1;
      return Promise.resolve();
    };
    const background = await startBackground(core, {
      scheduler: core.scheduler,
      idleSeconds: () => 0,
      checkReminders: () => core.checkReminders(),
      onVaultChanged: () => undefined,
      onError: (e) => {
        throw e;
      },
    });
    try {
      expect(passes).toBe(1);
      core.scheduler.advance(3_600_000);
      await Promise.resolve();
      expect(passes).toBe(2);
    } finally {
      background.stop();
    }
  });
});
