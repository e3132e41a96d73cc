// Ports through which core reaches the outside world. Electron's adapters (electron/main)
// implement them in the app; tests and the e2e harness implement them in plain Node.

/** A way to run a function later; `setTimeout` in production, a fake clock in tests. */
export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Clock = () => Date;

export const systemScheduler: Scheduler = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // A pending clear or lock must not keep a CLI or test process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export const systemClock: Clock = () => new Date();

/** System notifications (Electron's Notification in the app). */
export interface NotifierPort {
  /** `onClick` opens the app on that key. */
  notify(notification: { title: string; body: string; keyId: string | null }): void;
}
