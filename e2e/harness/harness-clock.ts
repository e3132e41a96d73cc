// The core's clock and scheduler in the harness: real time plus an offset the spec can move.
// Timers fire when real time reaches them (checked every 100 ms) or at once when `advance`
// moves the offset past them, so a 30 s clipboard clear can be tested without waiting.
import type { Clock, Scheduler } from '../../electron/core/app/ports';

export class HarnessClock implements Scheduler {
  private offsetMs = 0;
  private nextId = 1;
  private readonly tasks = new Map<number, { at: number; fn: () => void }>();
  private readonly ticker: ReturnType<typeof setInterval>;

  constructor() {
    this.ticker = setInterval(() => this.runDue(), 100);
    this.ticker.unref();
  }

  readonly clock: Clock = () => new Date(Date.now() + this.offsetMs);

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.clock().getTime() + Math.max(0, ms), fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  /** Moves the core's time forward and runs whatever fell due. */
  advance(ms: number): void {
    this.offsetMs += ms;
    this.runDue();
  }

  stop(): void {
    clearInterval(this.ticker);
    this.tasks.clear();
  }

  private runDue(): void {
    const now = this.clock().getTime();
    const due = [...this.tasks].filter(([, t]) => t.at <= now).sort((a, b) => a[1].at - b[1].at);
    for (const [id, task] of due) {
      this.tasks.delete(id);
      task.fn();
    }
  }
}
