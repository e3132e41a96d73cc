// Copies a secret to the clipboard and clears it again. Invariants:
// - only one pending clear at a time: a new copy replaces the previous one's;
// - a clear empties the clipboard only if it still holds Keyward's value (the user may
//   have copied something else meanwhile); we keep a SHA-256 of that value, not the value;
// - `clearNow` (lock, quit, suspend, the chip's "Clear now") clears at once under the same rule;
// - clipboard operations run one after another (the platform clipboard is asynchronous), so
//   a clear that started before a new copy can never wipe that new copy.
import { createHash } from 'node:crypto';
import type { ClipboardView } from '../../../shared/ipc/views';
import { KeywardError } from '../errors';
import type { Clock, Scheduler } from '../app/ports';
import type { ClipboardPort } from './clipboard-port';

export const CLIPBOARD_DEFAULT_SECONDS = 30;
export const CLIPBOARD_MIN_SECONDS = 5;
export const CLIPBOARD_MAX_SECONDS = 300;

/** 'user': "Clear now" in the app's clipboard chip. */
export type ClipboardClearCause = 'timer' | 'lock' | 'quit' | 'suspend' | 'user';
/** 'overwritten': the delay ran out but the user had copied something else; left alone. */
export type ClipboardClearOutcome = ClipboardClearCause | 'overwritten';

/**
 * What was copied, for the app's clipboard chip: the key and the field, never the value.
 * 'env': the key's variables as a .env text (API key, secret, passphrase).
 */
export type ClipboardAbout = Omit<ClipboardView, 'clearsAt'>;

/** The pending copy as the chip shows it; `clearsAt` null: never cleared (the user's choice). */
export interface ClipboardState extends ClipboardAbout {
  clearsAt: Date | null;
}

/** The state as the IPC event and `clipboard.status` carry it (ISO time). */
export function toClipboardView(state: ClipboardState): ClipboardView {
  return { ...state, clearsAt: state.clearsAt ? state.clearsAt.toISOString() : null };
}

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
  private pending: { digest: string; state: ClipboardState | null } | null = null;
  /** The pending clear's timer, boxed so a handle of any type (even 0) is kept apart from none. */
  private timer: { handle: unknown } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly port: ClipboardPort,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
    /** Told whenever a pending value stops being pending (cleared or found overwritten). */
    private readonly onSettled: (outcome: ClipboardClearOutcome) => void = () => undefined,
    /** Told after each copy that says what it copied (the chip's countdown starts). */
    private readonly onCopied: (state: ClipboardState) => void = () => undefined,
  ) {}

  /**
   * Writes `value` and schedules its clear after `clearAfterSeconds` (null: never).
   * Returns when it will clear, or null. `about` names the key and field (never the value).
   */
  async copy(
    value: string,
    clearAfterSeconds: number | null,
    about?: ClipboardAbout,
  ): Promise<{ clearsAt: Date | null }> {
    checkClearDelay(clearAfterSeconds);
    this.cancelTimer();
    const entry: { digest: string; state: ClipboardState | null } = {
      digest: digest(value),
      state: null,
    };
    this.pending = entry;
    try {
      await this.serial(() => this.port.writeSecret(value));
    } catch (error) {
      if (this.pending === entry) this.pending = null;
      throw error;
    }
    if (this.pending !== entry) return { clearsAt: null };
    let clearsAt: Date | null = null;
    if (clearAfterSeconds !== null) {
      const ms = clearAfterSeconds * 1000;
      this.timer = {
        handle: this.scheduler.setTimeout(() => {
          if (this.pending === entry) void this.settle('timer');
        }, ms),
      };
      clearsAt = new Date(this.clock().getTime() + ms);
    }
    if (about) {
      entry.state = { ...about, clearsAt };
      this.onCopied(entry.state);
    }
    return { clearsAt };
  }

  /** What the pending copy holds (key, field, when it clears); null when none or not said. */
  get current(): ClipboardState | null {
    return this.pending?.state ?? null;
  }

  /** True while a Keyward value may be on the clipboard. */
  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** Clears now (lock, quit, suspend, "Clear now") if the clipboard still holds Keyward's value. */
  clearNow(cause: Exclude<ClipboardClearCause, 'timer'>): Promise<void> {
    return this.pending ? this.settle(cause) : this.serial(() => Promise.resolve());
  }

  private settle(cause: ClipboardClearCause): Promise<void> {
    const entry = this.pending;
    if (!entry) return Promise.resolve();
    this.cancelTimer();
    this.pending = null;
    return this.serial(async () => {
      let ours = false;
      try {
        ours = digest(await this.port.readText()) === entry.digest;
      } catch {
        // Unreadable clipboard: clear to be safe; an empty clipboard loses nothing of value.
        ours = true;
      }
      if (ours) await this.port.clear();
      this.onSettled(ours ? cause : 'overwritten');
    });
  }

  private serial<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private cancelTimer(): void {
    if (this.timer) this.scheduler.clearTimeout(this.timer.handle);
    this.timer = null;
  }
}
