// Assembles the app's core from its ports: the vault session, clipboard, settings and the
// IPC handlers. Electron's main process passes adapters for Electron's clipboard and shell;
// the e2e harness and tests pass in-memory ones. Nothing here imports 'electron'.
import type { ChannelName, EventName, IpcEvents, LockReason } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ClipboardPort } from '../clipboard/clipboard-port';
import { ClipboardService } from '../clipboard/clipboard-service';
import type { KeychainPort } from '../vault/keychain';
import type { CreateOptions } from '../vault/vault-store';
import { dispatch, type HandlerMap } from './dispatch';
import { createHandlers } from './handlers';
import type { Clock, Scheduler } from './ports';
import { SettingsStore } from './settings-store';
import { VaultSession } from './vault-session';

export interface CorePorts {
  /** The vault folder (Electron's userData, KEYWARD_VAULT_DIR, or a test's temp dir). */
  dir: string;
  keychain: KeychainPort;
  clipboard: ClipboardPort;
  scheduler: Scheduler;
  clock: Clock;
  /** Sends an event to the renderer. */
  emit: <E extends EventName>(event: E, payload: IpcEvents[E]) => void;
  openExternal: (url: string) => Promise<void>;
  pwhashLimits?: CreateOptions['pwhashLimits'];
}

export interface KeywardCore {
  session: VaultSession;
  clipboard: ClipboardService;
  settings: SettingsStore;
  handlers: HandlerMap;
  /** Parses and runs one request (payload is untrusted). */
  handle(channel: unknown, payload: unknown): Promise<IpcResult<unknown>>;
  /** Locks (idle, screen lock, suspend, quit, tray): drops the key, clears the clipboard. */
  lock(reason: LockReason): void;
  /** Called on every accepted request; the idle lock listens to it. */
  onActivity(listener: (channel: ChannelName) => void): void;
}

export function createKeywardCore(ports: CorePorts): KeywardCore {
  const clipboard = new ClipboardService(ports.clipboard, ports.scheduler, ports.clock, (outcome) =>
    ports.emit('clipboardCleared', { reason: outcome }),
  );
  const session = new VaultSession({
    dir: ports.dir,
    keychain: ports.keychain,
    clipboard,
    clock: ports.clock,
    onLocked: (reason) => ports.emit('locked', { reason }),
    ...(ports.pwhashLimits && { pwhashLimits: ports.pwhashLimits }),
  });
  const settings = new SettingsStore(ports.dir);
  const handlers = createHandlers({
    session,
    clipboard,
    settings,
    clock: ports.clock,
    openExternal: ports.openExternal,
  });
  const activity: ((channel: ChannelName) => void)[] = [];
  return {
    session,
    clipboard,
    settings,
    handlers,
    handle: (channel, payload) =>
      dispatch(handlers, channel, payload, (c) => activity.forEach((l) => l(c))),
    lock: (reason) => session.lock(reason),
    onActivity: (listener) => void activity.push(listener),
  };
}
