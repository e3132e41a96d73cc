// Copies a secret to the clipboard and clears it again. Invariants:
// - only one pending clear at a time: a new copy replaces the previous one's;
// - a clear empties the clipboard only if it still holds Keyward's value (the user may
//   have copied something else meanwhile); we keep a SHA-256 of that value, not the value;
// - `clearNow` (lock, quit, suspend) clears at once under the same rule.
import { createHash } from 'node:crypto';
import { KeywardError } from '../errors';
import type { Clock, Scheduler } from '../app/ports';
import type { ClipboardPort } from './clipboard-port';

export const CLIPBOARD_DEFAULT_SECONDS = 30;
export const CLIPBOARD_MIN_SECONDS = 5;
export const CLIPBOARD_MAX_SECONDS = 300;

export type ClipboardClearCause = 'timer' | 'lock' | 'quit' | 'suspend';
/** 'overwritten': the delay ran out but the user had copied something else; left alone. */
export type ClipboardClearOutcome = ClipboardClearCause | 'overwritten';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function checkClearDelay(seconds: number | null): void {
  if (seconds === null) return;
  if (
    !Number.isInteger(seconds) ||
    seconds < CLIPBOARD_MIN_SECONDS ||
    seconds > CLIPBOARD_MAX_SECONDS
  ) {
    throw new KeywardError(
      'invalid-input',
      `The clipboard clear delay must be a whole number of seconds from ${CLIPBOARD_MIN_SECONDS} to ${CLIPBOARD_MAX_SECONDS}, or never.`,
    );
  }
}

export class ClipboardService {
  private pending: { digest: string } | null = null;
  /** The pending clear's timer, boxed so a handle of any type (even 0) is kept apart from none. */
  private timer: { handle: unknown } | null = null;

  constructor(
    private readonly port: ClipboardPort,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
    /** Told whenever a pending value stops being pending (cleared or found overwritten). */
    private readonly onSettled: (outcome: ClipboardClearOutcome) => void = () => undefined,
  ) {}

  /**
   * Writes `value` and schedules its clear after `clearAfterSeconds` (null: never).
   * Returns when it will clear, or null.
   */
  copy(value: string, clearAfterSeconds: number | null): { clearsAt: Date | null } {
    checkClearDelay(clearAfterSeconds);
    this.cancelTimer();
    this.port.writeSecret(value);
    const entry = { digest: digest(value) };
    this.pending = entry;
    if (clearAfterSeconds === null) return { clearsAt: null };
    const ms = clearAfterSeconds * 1000;
    this.timer = {
      handle: this.scheduler.setTimeout(() => {
        if (this.pending === entry) this.settle('timer');
      }, ms),
    };
    return { clearsAt: new Date(this.clock().getTime() + ms) };
  }

  /** True while a Keyward value may be on the clipboard. */
  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** Clears now (lock, quit, suspend) if the clipboard still holds Keyward's value. */
  clearNow(cause: Exclude<ClipboardClearCause, 'timer'>): void {
    if (this.pending) this.settle(cause);
  }

  private settle(cause: ClipboardClearCause): void {
    const entry = this.pending;
    if (!entry) return;
    this.cancelTimer();
    this.pending = null;
    let ours = false;
    try {
      ours = digest(this.port.readText()) === entry.digest;
    } catch {
      // Unreadable clipboard: clear to be safe; an empty clipboard loses nothing of value.
      ours = true;
    }
    if (ours) this.port.clear();
    this.onSettled(ours ? cause : 'overwritten');
  }

  private cancelTimer(): void {
    if (this.timer) this.scheduler.clearTimeout(this.timer.handle);
    this.timer = null;
  }
}
