// Locks the vault after the user has been idle for the configured minutes. "Idle" comes from
// a port: the OS's idle time in the app (powerMonitor.getSystemIdleTime), time since the last
// request in the e2e harness. Polls every 15 s, so the lock lands at most 15 s late.
import type { Scheduler } from './ports';

export const IDLE_POLL_MS = 15_000;

export interface IdleLockOptions {
  scheduler: Scheduler;
  /** Seconds since the user last did anything. */
  idleSeconds: () => number;
  isUnlocked: () => boolean;
  lock: () => void;
  minutes: number;
}

export class IdleLock {
  private timer: { handle: unknown } | null = null;
  private minutes: number;

  constructor(private readonly options: IdleLockOptions) {
    this.minutes = options.minutes;
  }

  setMinutes(minutes: number): void {
    this.minutes = minutes;
  }

  start(): void {
    this.stop();
    this.timer = { handle: this.options.scheduler.setTimeout(() => this.poll(), IDLE_POLL_MS) };
  }

  stop(): void {
    if (this.timer) this.options.scheduler.clearTimeout(this.timer.handle);
    this.timer = null;
  }

  /** Checks once (also called on resume); locks when idle long enough. */
  check(): void {
    if (this.options.isUnlocked() && this.options.idleSeconds() >= this.minutes * 60) {
      this.options.lock();
    }
  }

  private poll(): void {
    this.timer = null;
    try {
      this.check();
    } finally {
      this.start();
    }
  }
}

/** Idle time measured from the last `touch()` (the harness touches it on every request). */
export function activityIdleClock(now: () => Date): {
  touch: () => void;
  idleSeconds: () => number;
} {
  let last = now().getTime();
  return {
    touch: () => {
      last = now().getTime();
    },
    idleSeconds: () => Math.max(0, (now().getTime() - last) / 1000),
  };
}
