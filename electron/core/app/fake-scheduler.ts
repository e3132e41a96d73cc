// A manual clock + scheduler for tests (and the e2e harness): time moves only when `advance`
// is called, and due callbacks run in order of their due time.
import type { Clock, Scheduler } from './ports';

export class FakeScheduler implements Scheduler {
  private nowMs: number;
  private nextId = 1;
  private readonly tasks = new Map<number, { at: number; fn: () => void }>();

  constructor(start: Date = new Date('2026-01-01T00:00:00.000Z')) {
    this.nowMs = start.getTime();
  }

  readonly clock: Clock = () => new Date(this.nowMs);

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.nowMs + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  get pendingCount(): number {
    return this.tasks.size;
  }

  /** Moves time forward by `ms`, running every task that falls due, in due order. */
  advance(ms: number): void {
    const end = this.nowMs + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.tasks) {
        if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      }
      if (!next) break;
      this.tasks.delete(next[0]);
      this.nowMs = next[1].at;
      next[1].fn();
    }
    this.nowMs = end;
  }
}
