// Runs the reminder check at start, then on the user's cadence (hourly by default), and
// whenever asked (resume from sleep). A failing check is reported and retried next time; it
// never stops the loop. Checks never overlap: a request during a run is folded into it.
import type { ReminderCadence } from '../../../shared/ipc/views';
import type { Scheduler } from './ports';

const HOUR_MS = 3_600_000;
export const CADENCE_MS: Record<ReminderCadence, number | null> = {
  hourly: HOUR_MS,
  daily: 24 * HOUR_MS,
  off: null,
};

export class ReminderLoop {
  private timer: { handle: unknown } | null = null;
  private running: Promise<void> | null = null;
  private cadence: ReminderCadence = 'hourly';

  constructor(
    private readonly scheduler: Scheduler,
    private readonly check: () => Promise<void>,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** Checks now and schedules the next check. */
  start(cadence: ReminderCadence): Promise<void> {
    this.cadence = cadence;
    return this.runNow();
  }

  setCadence(cadence: ReminderCadence): void {
    this.cadence = cadence;
    this.schedule();
  }

  stop(): void {
    if (this.timer) this.scheduler.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  /** Checks now (start, resume, unlock), unless the cadence is off. */
  runNow(): Promise<void> {
    if (CADENCE_MS[this.cadence] === null) {
      this.stop();
      return Promise.resolve();
    }
    this.running ??= this.check()
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running = null;
        this.schedule();
      });
    return this.running;
  }

  private schedule(): void {
    this.stop();
    const ms = CADENCE_MS[this.cadence];
    if (ms === null) return;
    this.timer = { handle: this.scheduler.setTimeout(() => void this.runNow(), ms) };
  }
}
