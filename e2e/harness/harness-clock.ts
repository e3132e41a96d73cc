// The core's clock and scheduler in the harness: real time plus an offset the spec can move
// (or a frozen instant, for the screenshots).
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

  /** Set by `freezeAt`: the clock stands at this instant (plus `advance`s) instead of flowing. */
  private frozenAt: number | null = null;

  readonly clock: Clock = () => new Date((this.frozenAt ?? Date.now()) + this.offsetMs);

  /**
   * Stops the clock at `at`: only `advance` moves it (and fires timers) from then on. For the
   * screenshots, whose dates and times are then the same on every run.
   */
  freezeAt(at: Date): void {
    this.frozenAt = at.getTime();
    this.offsetMs = 0;
  }

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
