// Locks the vault after the user has been idle for the configured minutes. "Idle" comes from
// a port: the OS's idle time in the app (powerMonitor.getSystemIdleTime), time since the last
// request in the e2e harness. Polls every 15 s, so the lock lands at most 15 s late.
// While the add form holds an unsaved secret (the exchange shows it only once), the idle lock
// waits up to DRAFT_GRACE_SECONDS more and reports the time left, so the form can warn. Only
// the idle lock waits: a screen lock or suspend locks at once (app-main's power watcher).
import type { Scheduler } from './ports';

export const IDLE_POLL_MS = 15_000;
/** How much longer the idle lock waits for an unsaved secret in the add form: 10 minutes. */
export const DRAFT_GRACE_SECONDS = 600;

export interface IdleLockOptions {
  scheduler: Scheduler;
  /** Seconds since the user last did anything. */
  idleSeconds: () => number;
  isUnlocked: () => boolean;
  lock: () => void;
  minutes: number;
  /** True while the add form holds a secret not saved yet (the renderer says so). */
  holdsUnsavedSecret?: () => boolean;
  /** Seconds until the lock while waiting for the unsaved secret; null once no longer waiting. */
  onWaiting?: (secondsLeft: number | null) => void;
}

export class IdleLock {
  private timer: { handle: unknown } | null = null;
  private minutes: number;
  private waiting = false;

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
    const limit = this.minutes * 60;
    const idle = this.options.isUnlocked() ? this.options.idleSeconds() : 0;
    if (idle < limit) return this.setWaiting(null);
    // Measured from the idle time itself, so the extra wait never exceeds the grace, however
    // late the poll or how long the draft was held before.
    const left = limit + DRAFT_GRACE_SECONDS - idle;
    if (this.options.holdsUnsavedSecret?.() && left > 0) return this.setWaiting(Math.ceil(left));
    this.setWaiting(null);
    this.options.lock();
  }

  private setWaiting(secondsLeft: number | null): void {
    if (secondsLeft === null && !this.waiting) return;
    this.waiting = secondsLeft !== null;
    this.options.onWaiting?.(secondsLeft);
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
