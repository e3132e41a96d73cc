import { describe, expect, it } from 'vitest';
import { FakeScheduler } from '../app/fake-scheduler';
import { memoryClipboard, type ClipboardPort } from './clipboard-port';
import { ClipboardService, type ClipboardClearOutcome } from './clipboard-service';

/** Lets the asynchronous clipboard operations a timer started run to their end. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

function setup(port?: ClipboardPort & { text: string }) {
  const scheduler = new FakeScheduler();
  const board = port ?? memoryClipboard();
  const outcomes: ClipboardClearOutcome[] = [];
  const service = new ClipboardService(board, scheduler, scheduler.clock, (o) => outcomes.push(o));
  return { scheduler, board, outcomes, service };
}

describe('ClipboardService', () => {
  it('clears the copied value when the delay runs out, not before', async () => {
    const { scheduler, board, outcomes, service } = setup();
    const { clearsAt } = await service.copy('s3cret', 30);
    expect(clearsAt?.toISOString()).toBe('2026-01-01T00:00:30.000Z');
    expect(board.text).toBe('s3cret');
    scheduler.advance(29_999);
    await settled();
    expect(board.text).toBe('s3cret');
    scheduler.advance(1);
    await settled();
    expect(board.text).toBe('');
    expect(outcomes).toEqual(['timer']);
    expect(service.hasPending).toBe(false);
  });

  it('leaves the clipboard alone when the user copied something else', async () => {
    const { scheduler, board, outcomes, service } = setup();
    await service.copy('s3cret', 5);
    board.text = 'something the user copied';
    scheduler.advance(5_000);
    await settled();
    expect(board.text).toBe('something the user copied');
    expect(outcomes).toEqual(['overwritten']);
  });

  it('a new copy replaces the pending clear of the previous one', async () => {
    const { scheduler, board, outcomes, service } = setup();
    await service.copy('first', 10);
    scheduler.advance(8_000);
    await service.copy('second', 10);
    expect(scheduler.pendingCount).toBe(1);
    scheduler.advance(5_000); // the first copy's clear would have fired here
    await settled();
    expect(board.text).toBe('second');
    scheduler.advance(5_000);
    await settled();
    expect(board.text).toBe('');
    expect(outcomes).toEqual(['timer']);
  });

  it('a clear already under way never wipes a copy made meanwhile', async () => {
    // A clipboard whose reads take a while, as a real one can.
    const slow = memoryClipboard();
    const read = slow.readText.bind(slow);
    slow.readText = () => new Promise((resolve) => setTimeout(() => void read().then(resolve), 20));
    const { board, service } = setup(slow);
    await service.copy('old', 300);
    const clearing = service.clearNow('lock');
    const copying = service.copy('new', 300);
    await Promise.all([clearing, copying]);
    expect(board.text).toBe('new');
    expect(service.hasPending).toBe(true);
  });

  it('clears at once on lock, quit or suspend, only if the value is still ours', async () => {
    for (const cause of ['lock', 'quit', 'suspend'] as const) {
      const { scheduler, board, outcomes, service } = setup();
      await service.copy('s3cret', 300);
      await service.clearNow(cause);
      expect(board.text).toBe('');
      expect(outcomes).toEqual([cause]);
      expect(scheduler.pendingCount).toBe(0);
    }
    const { board, outcomes, service } = setup();
    await service.copy('s3cret', 300);
    board.text = 'mine';
    await service.clearNow('lock');
    expect(board.text).toBe('mine');
    expect(outcomes).toEqual(['overwritten']);
  });

  it('with "never" schedules nothing, yet still clears on lock', async () => {
    const { scheduler, board, service } = setup();
    expect(await service.copy('s3cret', null)).toEqual({ clearsAt: null });
    expect(scheduler.pendingCount).toBe(0);
    scheduler.advance(86_400_000);
    await settled();
    expect(board.text).toBe('s3cret');
    await service.clearNow('lock');
    expect(board.text).toBe('');
  });

  it('refuses a delay outside 5 s to 5 min and writes nothing', async () => {
    const { board, service } = setup();
    for (const bad of [4, 301, 0, -5, 2.5, Number.NaN]) {
      await expect(service.copy('s3cret', bad)).rejects.toThrow(/5 to 300/);
    }
    expect(board.text).toBe('');
    expect(service.hasPending).toBe(false);
  });

  it('a failed write leaves nothing pending and reports the error', async () => {
    const broken = memoryClipboard();
    broken.writeSecret = () => Promise.reject(new Error('clipboard busy'));
    const { service } = setup(broken);
    await expect(service.copy('s3cret', 30)).rejects.toThrow('clipboard busy');
    expect(service.hasPending).toBe(false);
  });

  it('does nothing on lock when nothing was copied', async () => {
    const { board, outcomes, service } = setup();
    board.text = 'unrelated';
    await service.clearNow('lock');
    expect(board.text).toBe('unrelated');
    expect(outcomes).toEqual([]);
  });

  it('tells what was copied (key, field, when it clears) and forgets it once cleared', async () => {
    const scheduler = new FakeScheduler();
    const board = memoryClipboard();
    const copied: unknown[] = [];
    const service = new ClipboardService(
      board,
      scheduler,
      scheduler.clock,
      () => undefined,
      (state) => copied.push(state),
    );
    const about = { keyId: 'k1', label: 'Bot A', field: 'secret' } as const;
    await service.copy('s3cret', 30, about);
    const state = { ...about, clearsAt: new Date('2026-01-01T00:00:30.000Z') };
    expect(copied).toEqual([state]);
    expect(service.current).toEqual(state);
    expect(JSON.stringify(copied)).not.toContain('s3cret');
    scheduler.advance(30_000);
    await settled();
    expect(service.current).toBeNull();
  });

  it('"Clear now" clears the value at once and says the user did', async () => {
    const { board, outcomes, service } = setup();
    await service.copy('s3cret', 30, { keyId: 'k1', label: 'Bot A', field: 'env' });
    await service.clearNow('user');
    expect(board.text).toBe('');
    expect(outcomes).toEqual(['user']);
    expect(service.current).toBeNull();
  });
});
