// The guard around the add form's once-only secret. While the form holds a secret not saved
// yet, leaving it (a tab, Ctrl+F, Ctrl+L, Cancel, any `go`) first asks "Discard this secret?",
// and main is told so its idle lock waits (at most 10 minutes more, with a warning). A lock
// that does not wait (screen lock, suspend, tray) discards the draft, and the unlock screen
// says so. Invariant: no secret is ever put here, only the fact that the form holds one.
import { create } from 'zustand';
import type { LockReason } from '../../../shared/ipc/contract';
import { api } from '../lib/api';
import { registerLeaveGuard } from './view-store';

interface Pending {
  proceed: () => void;
  stay: () => void;
}

interface DraftGuardState {
  /** The add form holds a secret (or API passphrase) not saved yet. */
  holding: boolean;
  /** A navigation waits for the user's answer to "Discard this secret?". */
  pending: Pending | null;
  /** The last lock discarded an unsaved draft: why the vault locked; null otherwise. */
  discardedOnLock: LockReason | null;
  /** While main's idle lock waits for the draft: when it will lock (epoch ms); else null. */
  autoLockAt: number | null;
  setHolding: (holding: boolean) => void;
  /** Runs `action` at once, or after the user agreed to discard the unsaved secret. */
  leave: (action: () => void) => void;
  /** Resolves true at once, or with the user's answer to "Discard this secret?". */
  confirmLeave: () => Promise<boolean>;
  discard: () => void;
  keepEditing: () => void;
  /** The vault locked (any cause): the draft is gone; remember so if there was one. */
  locked: (reason: LockReason) => void;
  autoLockWaiting: (secondsLeft: number | null, now?: number) => void;
}

function tellMain(holding: boolean): void {
  // Best effort: if main does not hear of it, the idle lock simply does not wait.
  void api()
    .vault.unsavedDraft({ holding })
    .catch(() => undefined);
}

export const useDraftGuard = create<DraftGuardState>()((set, get) => ({
  holding: false,
  pending: null,
  discardedOnLock: null,
  autoLockAt: null,
  setHolding(holding) {
    if (get().holding === holding) return;
    set(holding ? { holding, discardedOnLock: null } : { holding, autoLockAt: null });
    tellMain(holding);
  },
  leave(action) {
    if (!get().holding) return action();
    get().pending?.stay();
    set({
      pending: {
        proceed: () => {
          set({ pending: null });
          get().setHolding(false);
          action();
        },
        stay: () => set({ pending: null }),
      },
    });
  },
  confirmLeave() {
    return new Promise<boolean>((resolve) => {
      if (!get().holding) return resolve(true);
      get().leave(() => resolve(true));
      const pending = get().pending;
      if (pending) {
        const stay = pending.stay;
        set({
          pending: {
            ...pending,
            stay: () => {
              stay();
              resolve(false);
            },
          },
        });
      }
    });
  },
  discard() {
    get().pending?.proceed();
  },
  keepEditing() {
    get().pending?.stay();
  },
  locked(reason) {
    const held = get().holding;
    get().pending?.stay();
    set({ holding: false, pending: null, autoLockAt: null, discardedOnLock: held ? reason : null });
  },
  autoLockWaiting(secondsLeft, now = Date.now()) {
    set({ autoLockAt: secondsLeft === null || !get().holding ? null : now + secondsLeft * 1000 });
  },
}));

// Every `go` and Ctrl+F away from the add form passes through here.
registerLeaveGuard((leave) => useDraftGuard.getState().leave(leave));
