import { describe, expect, it } from 'vitest';
import { FakeScheduler } from '../app/fake-scheduler';
import { memoryClipboard } from './clipboard-port';
import { ClipboardService, type ClipboardClearOutcome } from './clipboard-service';

function setup() {
  const scheduler = new FakeScheduler();
  const board = memoryClipboard();
  const outcomes: ClipboardClearOutcome[] = [];
  const service = new ClipboardService(board, scheduler, scheduler.clock, (o) => outcomes.push(o));
  return { scheduler, board, outcomes, service };
}

describe('ClipboardService', () => {
  it('clears the copied value when the delay runs out, not before', () => {
    const { scheduler, board, outcomes, service } = setup();
    const { clearsAt } = service.copy('s3cret', 30);
    expect(clearsAt?.toISOString()).toBe('2026-01-01T00:00:30.000Z');
    expect(board.text).toBe('s3cret');
    scheduler.advance(29_999);
    expect(board.text).toBe('s3cret');
    scheduler.advance(1);
    expect(board.text).toBe('');
    expect(outcomes).toEqual(['timer']);
    expect(service.hasPending).toBe(false);
  });

  it('leaves the clipboard alone when the user copied something else', () => {
    const { scheduler, board, outcomes, service } = setup();
    service.copy('s3cret', 5);
    board.text = 'something the user copied';
    scheduler.advance(5_000);
    expect(board.text).toBe('something the user copied');
    expect(outcomes).toEqual(['overwritten']);
  });

  it('a new copy replaces the pending clear of the previous one', () => {
    const { scheduler, board, outcomes, service } = setup();
    service.copy('first', 10);
    scheduler.advance(8_000);
    service.copy('second', 10);
    expect(scheduler.pendingCount).toBe(1);
    scheduler.advance(5_000); // the first copy's clear would have fired here
    expect(board.text).toBe('second');
    scheduler.advance(5_000);
    expect(board.text).toBe('');
    expect(outcomes).toEqual(['timer']);
  });

  it('clears at once on lock, quit or suspend, only if the value is still ours', () => {
    for (const cause of ['lock', 'quit', 'suspend'] as const) {
      const { scheduler, board, outcomes, service } = setup();
      service.copy('s3cret', 300);
      service.clearNow(cause);
      expect(board.text).toBe('');
      expect(outcomes).toEqual([cause]);
      expect(scheduler.pendingCount).toBe(0);
    }
    const { board, outcomes, service } = setup();
    service.copy('s3cret', 300);
    board.text = 'mine';
    service.clearNow('lock');
    expect(board.text).toBe('mine');
    expect(outcomes).toEqual(['overwritten']);
  });

  it('with "never" schedules nothing, yet still clears on lock', () => {
    const { scheduler, board, service } = setup();
    expect(service.copy('s3cret', null)).toEqual({ clearsAt: null });
    expect(scheduler.pendingCount).toBe(0);
    scheduler.advance(86_400_000);
    expect(board.text).toBe('s3cret');
    service.clearNow('lock');
    expect(board.text).toBe('');
  });

  it('refuses a delay outside 5 s to 5 min and writes nothing', () => {
    const { board, service } = setup();
    for (const bad of [4, 301, 0, -5, 2.5, Number.NaN]) {
      expect(() => service.copy('s3cret', bad)).toThrow(/5 to 300/);
    }
    expect(board.text).toBe('');
    expect(service.hasPending).toBe(false);
  });

  it('does nothing on lock when nothing was copied', () => {
    const { board, outcomes, service } = setup();
    board.text = 'unrelated';
    service.clearNow('lock');
    expect(board.text).toBe('unrelated');
    expect(outcomes).toEqual([]);
  });
});
