// The vault's lock state and the app settings. Invariant: no secret is ever put here. The
// recovery key returned by `create` is handed to the first-run screen, which keeps it in
// component state until the user confirms it, then lets it go.
import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings, type VaultStatus } from '../../../shared/ipc/views';
import type { LockReason, RequestOf } from '../../../shared/ipc/contract';
import { api, call } from '../lib/api';

type SettingsPatch = RequestOf<'settings.set'>;

interface SessionState {
  status: VaultStatus | null;
  settings: Settings;
  refreshStatus: () => Promise<VaultStatus>;
  loadSettings: () => Promise<void>;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
  create: (options: RequestOf<'vault.create'>) => Promise<string>;
  unlock: (passphrase?: string) => Promise<void>;
  /** A passphrase-only vault stays one: `newPassphrase` is then required. */
  recover: (recoveryKey: string, newPassphrase?: string) => Promise<void>;
  /** New vault key; returns the new recovery key (for the caller to show once, not kept here). */
  rekey: (request: RequestOf<'vault.rekey'>) => Promise<{ recoveryKey: string; leftovers: number }>;
  /** Sets, changes or removes (newPassphrase null) the vault passphrase; fields not kept. */
  setPassphrase: (request: RequestOf<'vault.setPassphrase'>) => Promise<void>;
  lock: () => Promise<void>;
  /** Why the vault last locked from elsewhere (the unlock screen says so for 'rekeyed'). */
  lockReason: LockReason | null;
  /** The vault locked from elsewhere (idle, screen lock, the `locked` event). */
  markLocked: (reason?: LockReason) => void;
}

let settingsQueue: Promise<void> = Promise.resolve();
/**
 * Bumped by every lock the renderer hears of. A lock wins over an unlock still in flight:
 * core refuses an unlock that a lock overtook, and if the lock comes just after core opened
 * the vault (its 'locked' event before the unlock's reply), the late 'unlocked' reply is not
 * believed.
 */
let locksSeen = 0;
const unlessLockedSince = (seen: number, status: VaultStatus): VaultStatus =>
  seen !== locksSeen && status.state === 'unlocked' ? { ...status, state: 'locked' } : status;

export const useSession = create<SessionState>()((set, get) => ({
  status: null,
  settings: DEFAULT_SETTINGS,
  async refreshStatus() {
    const status = await call(api().vault.status());
    set({ status });
    return status;
  },
  async loadSettings() {
    try {
      set({ settings: await call(api().settings.get()) });
    } catch {
      // Settings are readable while locked; if they are not, the defaults stand.
    }
  },
  async updateSettings(patch) {
    // Shown at once (a radio must follow the click); core's answer is the truth.
    // Writes go one at a time, in the order the user made them.
    const before = get().settings;
    set({ settings: { ...before, ...patch } });
    const run = settingsQueue.then(() => call(api().settings.set(patch)));
    settingsQueue = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      set({ settings: await run });
    } catch (error) {
      set({ settings: before });
      throw error;
    }
  },
  async create(options) {
    const seen = locksSeen;
    const created = await call(api().vault.create(options));
    set({
      status: unlessLockedSince(seen, created.status),
      settings: { ...get().settings, recoveryKeyPending: true },
    });
    return created.recoveryKey;
  },
  async unlock(passphrase) {
    const seen = locksSeen;
    const status = await call(api().vault.unlock(passphrase === undefined ? {} : { passphrase }));
    set({ status: unlessLockedSince(seen, status), lockReason: null });
  },
  async recover(recoveryKey, newPassphrase) {
    const seen = locksSeen;
    const request = newPassphrase === undefined ? { recoveryKey } : { recoveryKey, newPassphrase };
    const status = await call(api().vault.recover(request));
    set({ status: unlessLockedSince(seen, status), lockReason: null });
  },
  async rekey(request) {
    const seen = locksSeen;
    const rekeyed = await call(api().vault.rekey(request));
    // Core marked the new recovery key as not yet confirmed: the banner shows until it is.
    set({
      status: unlessLockedSince(seen, rekeyed.status),
      settings: { ...get().settings, recoveryKeyPending: true },
    });
    return { recoveryKey: rekeyed.recoveryKey, leftovers: rekeyed.leftovers };
  },
  async setPassphrase(request) {
    const seen = locksSeen;
    const status = await call(api().vault.setPassphrase(request));
    set({ status: unlessLockedSince(seen, status) });
  },
  async lock() {
    locksSeen += 1;
    set({ status: await call(api().vault.lock()), lockReason: null });
  },
  lockReason: null,
  markLocked(reason) {
    locksSeen += 1;
    const status = get().status;
    if (status && status.state === 'unlocked') {
      set({ status: { ...status, state: 'locked' }, lockReason: reason ?? null });
    }
  },
}));
