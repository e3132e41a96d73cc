// The idle lock waits (at most 10 minutes more) while the add form holds an unsaved secret,
// and says how long it waits; on a fake clock.
import { describe, expect, it } from 'vitest';
import { FakeScheduler } from './fake-scheduler';
import { DRAFT_GRACE_SECONDS, IDLE_POLL_MS, IdleLock, activityIdleClock } from './idle-lock';

function setup(minutes = 5) {
  const scheduler = new FakeScheduler();
  const activity = activityIdleClock(scheduler.clock);
  let unlocked = true;
  let holding = false;
  let locks = 0;
  const waits: (number | null)[] = [];
  const idle = new IdleLock({
    scheduler,
    idleSeconds: activity.idleSeconds,
    isUnlocked: () => unlocked,
    lock: () => {
      locks++;
      unlocked = false;
    },
    minutes,
    holdsUnsavedSecret: () => holding,
    onWaiting: (left) => waits.push(left),
  });
  idle.start();
  return {
    scheduler,
    activity,
    waits,
    locks: () => locks,
    hold: (next: boolean) => (holding = next),
  };
}

describe('IdleLock with an unsaved secret in the add form', () => {
  it('waits at most 10 minutes more, reporting the time left, then locks', () => {
    const { scheduler, waits, locks, hold } = setup(5);
    hold(true);
    scheduler.advance(5 * 60_000);
    expect(locks()).toBe(0);
    expect(waits.at(-1)).toBe(DRAFT_GRACE_SECONDS);
    scheduler.advance(4 * 60_000);
    expect(locks()).toBe(0);
    expect(waits.at(-1)).toBe(DRAFT_GRACE_SECONDS - 240);
    scheduler.advance(6 * 60_000 - IDLE_POLL_MS);
    expect(locks()).toBe(0);
    expect(waits.at(-1)).toBe(15);
    scheduler.advance(IDLE_POLL_MS);
    expect(locks()).toBe(1);
    // The warning goes away with the lock.
    expect(waits.at(-1)).toBeNull();
  });

  it('without an unsaved secret it locks on time and reports no wait', () => {
    const { scheduler, waits, locks } = setup(5);
    scheduler.advance(5 * 60_000);
    expect(locks()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('saving or discarding the draft ends the wait: the next poll locks', () => {
    const { scheduler, waits, locks, hold } = setup(5);
    hold(true);
    scheduler.advance(7 * 60_000);
    expect(locks()).toBe(0);
    hold(false);
    scheduler.advance(IDLE_POLL_MS);
    expect(locks()).toBe(1);
    expect(waits.at(-1)).toBeNull();
  });

  it('activity ends the warning; a later idle stretch waits again from its own limit', () => {
    const { scheduler, activity, waits, locks, hold } = setup(5);
    hold(true);
    scheduler.advance(6 * 60_000);
    expect(waits.at(-1)).toBe(DRAFT_GRACE_SECONDS - 60);
    activity.touch();
    scheduler.advance(IDLE_POLL_MS);
    expect(waits.at(-1)).toBeNull();
    scheduler.advance(5 * 60_000 + 9 * 60_000);
    expect(locks()).toBe(0);
    scheduler.advance(60_000);
    expect(locks()).toBe(1);
  });
});
