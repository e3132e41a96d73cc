// `vault.unsavedDraft` wired to a real core and its background: the idle lock waits for the
// add form's unsaved secret (reporting the time left), a screen lock does not, and every lock
// forgets the draft.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { startBackground } from './background';
import { DRAFT_GRACE_SECONDS, IDLE_POLL_MS } from './idle-lock';
import { createTestCore } from './testing';

async function setup() {
  const core = createTestCore(await tempDir());
  await core.handle('vault.create', {});
  let idleSeconds = 0;
  const waits: (number | null)[] = [];
  const background = await startBackground(core, {
    scheduler: core.scheduler,
    idleSeconds: () => idleSeconds,
    checkReminders: () => Promise.resolve(),
    onVaultChanged: () => undefined,
    onError: (e) => {
      throw e;
    },
    onAutoLockWaiting: (left) => waits.push(left),
  });
  return { core, background, waits, setIdle: (s: number) => (idleSeconds = s) };
}

describe('vault.unsavedDraft', () => {
  it('holds off the idle lock up to 10 minutes, with the time left; the lock forgets it', async () => {
    const { core, background, waits, setIdle } = await setup();
    try {
      expect(await core.handle('vault.unsavedDraft', { holding: true })).toEqual({
        ok: true,
        value: null,
      });
      expect(core.holdsUnsavedSecret()).toBe(true);
      setIdle(10 * 60);
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(true);
      expect(waits).toEqual([DRAFT_GRACE_SECONDS]);
      setIdle(20 * 60);
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(false);
      expect(core.events).toContainEqual({ event: 'locked', payload: { reason: 'idle' } });
      expect(waits.at(-1)).toBeNull();
      expect(core.holdsUnsavedSecret()).toBe(false);
    } finally {
      background.stop();
    }
  });

  it('a screen lock does not wait; a locked vault holds no draft', async () => {
    const { core, background } = await setup();
    try {
      await core.handle('vault.unsavedDraft', { holding: true });
      await core.lock('screen-lock');
      expect(core.session.isUnlocked).toBe(false);
      expect(core.holdsUnsavedSecret()).toBe(false);
      await core.handle('vault.unsavedDraft', { holding: true });
      expect(core.holdsUnsavedSecret()).toBe(false);
    } finally {
      background.stop();
    }
  });

  it('saving or discarding the draft lets the idle lock go ahead', async () => {
    const { core, background, setIdle } = await setup();
    try {
      await core.handle('vault.unsavedDraft', { holding: true });
      setIdle(11 * 60);
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(true);
      await core.handle('vault.unsavedDraft', { holding: false });
      core.scheduler.advance(IDLE_POLL_MS);
      expect(core.session.isUnlocked).toBe(false);
    } finally {
      background.stop();
    }
  });
});
