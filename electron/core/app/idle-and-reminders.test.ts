import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { FakeScheduler } from './fake-scheduler';
import { IDLE_POLL_MS, IdleLock, activityIdleClock } from './idle-lock';
import { systemScheduler } from './ports';
import { ReminderLoop } from './reminder-loop';
import { VaultWatcher } from './vault-watcher';

describe('IdleLock', () => {
  function setup(minutes = 10) {
    const scheduler = new FakeScheduler();
    const activity = activityIdleClock(scheduler.clock);
    let unlocked = true;
    let locks = 0;
    const idle = new IdleLock({
      scheduler,
      idleSeconds: activity.idleSeconds,
      isUnlocked: () => unlocked,
      lock: () => {
        locks++;
        unlocked = false;
      },
      minutes,
    });
    idle.start();
    return { scheduler, activity, idle, locks: () => locks, relock: () => (unlocked = true) };
  }

  it('locks once the user has been idle for the configured minutes', () => {
    const { scheduler, locks } = setup(10);
    scheduler.advance(10 * 60_000 - IDLE_POLL_MS);
    expect(locks()).toBe(0);
    scheduler.advance(IDLE_POLL_MS);
    expect(locks()).toBe(1);
    scheduler.advance(60 * 60_000);
    expect(locks()).toBe(1); // already locked: nothing more to do
  });

  it('activity postpones the lock; a new delay applies at once', () => {
    const { scheduler, activity, idle, locks } = setup(10);
    scheduler.advance(9 * 60_000);
    activity.touch();
    scheduler.advance(9 * 60_000);
    expect(locks()).toBe(0);
    idle.setMinutes(1);
    scheduler.advance(IDLE_POLL_MS);
    expect(locks()).toBe(1);
  });

  it('stop() ends the polling', () => {
    const { scheduler, idle, locks } = setup(1);
    idle.stop();
    scheduler.advance(10 * 60_000);
    expect(locks()).toBe(0);
    expect(scheduler.pendingCount).toBe(0);
  });
});

describe('ReminderLoop', () => {
  it('checks at start, every hour, and on demand; a failure does not stop it', async () => {
    const scheduler = new FakeScheduler();
    const runs: number[] = [];
    const errors: unknown[] = [];
    const loop = new ReminderLoop(
      scheduler,
      () => {
        runs.push(scheduler.clock().getTime());
        return runs.length === 2 ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      (e) => errors.push(e),
    );
    await loop.start('hourly');
    expect(runs).toHaveLength(1);
    scheduler.advance(3_600_000);
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(runs).toHaveLength(2);
    expect(errors).toHaveLength(1);
    await loop.runNow(); // resume from sleep
    expect(runs).toHaveLength(3);
    loop.setCadence('off');
    scheduler.advance(48 * 3_600_000);
    expect(runs).toHaveLength(3);
    expect(scheduler.pendingCount).toBe(0);
  });

  it('folds a request made during a run into that run', async () => {
    const scheduler = new FakeScheduler();
    let runs = 0;
    let release: () => void = () => undefined;
    const loop = new ReminderLoop(scheduler, () => {
      runs++;
      return new Promise<void>((r) => (release = r));
    });
    const first = loop.start('daily');
    const second = loop.runNow();
    release();
    await Promise.all([first, second]);
    expect(runs).toBe(1);
  });
});

describe('VaultWatcher', () => {
  it('reports a change to the vault file written in the folder, not to other files', async () => {
    const dir = await tempDir();
    let changes = 0;
    let resolve: () => void = () => undefined;
    const changed = new Promise<void>((r) => (resolve = r));
    const watcher = new VaultWatcher(dir, systemScheduler, () => {
      changes++;
      resolve();
    });
    expect(watcher.start()).toBe(true);
    try {
      await writeFile(path.join(dir, 'settings.json'), '{}');
      await writeFile(path.join(dir, 'vault.keyward.tmp'), 'x');
      await writeFile(path.join(dir, 'vault.keyward'), 'new bytes');
      await changed;
      expect(changes).toBe(1);
    } finally {
      watcher.stop();
    }
  });

  it('a missing folder is not an error', () => {
    const watcher = new VaultWatcher('/nonexistent/keyward-dir', systemScheduler, () => undefined);
    expect(watcher.start()).toBe(false);
  });
});
