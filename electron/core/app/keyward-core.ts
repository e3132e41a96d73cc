// Assembles the app's core from its ports: the vault session, clipboard, settings and the
// IPC handlers. Electron's main process passes adapters for Electron's clipboard and shell;
// the e2e harness and tests pass in-memory ones. Nothing here imports 'electron'.
import type { ChannelName, EventName, IpcEvents, LockReason } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import type { ClipboardPort } from '../clipboard/clipboard-port';
import type { ExchangeUrlOverrides } from '../exchanges/base-url';
import { ExchangeChecker } from '../exchanges/check-service';
import type { HttpPort } from '../exchanges/http-port';
import { ReminderService } from '../reminders/reminder-service';
import { ClipboardService, toClipboardView } from '../clipboard/clipboard-service';
import type { KeychainPort } from '../vault/keychain';
import type { CreateOptions } from '../vault/vault-store';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';
import type { ChoosePaths, Clock, ConfirmSecretAccess, NotifierPort, Scheduler } from './ports';
import { PlaintextService } from './plaintext-handlers';
import type { RecoveryKitPort } from './recovery-kit';
import { DailyExchangeCheck } from './daily-check';
import { createReminderCheck } from './reminder-check';
import { SecretAccessGate } from './secret-access';
import { SettingsStore } from './settings-store';
import { QuickSearchShortcut, type GlobalShortcutPort } from './quick-search-shortcut';
import { localizedNotifier } from './system-text';
import { DEFAULT_SETTINGS, type Language } from '../../../shared/ipc/views';
import { OwnWrites } from './vault-signature';
import { VaultSession } from './vault-session';

/** Channels that change nothing in the vault's dates (no schedule sync after them). */
const READ_ONLY_CHANNELS: ReadonlySet<string> = new Set([
  'vault.status',
  'vault.lock',
  'vault.unsavedDraft',
  'keys.list',
  'keys.get',
  'backups.list',
  'keys.copy',
  'keys.reveal',
  'keys.copyEnv',
  'clipboard.status',
  'clipboard.clear',
  'findings.list',
  'audit.status',
  'services.list',
  'reminders.list',
  'reminders.snooze',
  'reminders.snoozeUntil',
  'settings.get',
  'settings.set',
  'notifications.test',
  'app.openExternal',
  'import.preview',
  'scan.chooseFolders',
  'scan.cancel',
  'vault.saveRecoveryKit',
]);

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
  /**
   * Asks the user, with main's own UI (never the renderer's), before a secret is copied or
   * revealed over IPC; one yes lasts 5 minutes or until lock (secret-access.ts).
   */
  confirmSecretAccess: ConfirmSecretAccess;
  /** System notifications for reminders (none when absent, e.g. in the e2e harness). */
  notifier?: NotifierPort;
  pwhashLimits?: CreateOptions['pwhashLimits'];
  /**
   * The HTTP port exchange checks use (Node's fetch through the proxy settings in main, the
   * CLI and tests) and the KEYWARD_EXCHANGE_URL_* overrides (none in the packaged app).
   */
  http?: HttpPort;
  exchangeUrlOverrides?: ExchangeUrlOverrides | (() => ExchangeUrlOverrides);
  /** Main's native open dialog (import file, scan folders); absent: those channels refuse. */
  choosePaths?: ChoosePaths;
  /**
   * Electron's globalShortcut for the quick-search palette (setting quickSearchShortcut);
   * absent (CLI, e2e harness): the setting is stored and nothing is registered.
   */
  globalShortcut?: GlobalShortcutPort;
  /** Main's save dialog and printToPDF for the recovery key's emergency kit. */
  recoveryKit?: RecoveryKitPort;
}

export interface KeywardCore {
  session: VaultSession;
  clipboard: ClipboardService;
  settings: SettingsStore;
  reminders: ReminderService;
  /** The palette's global shortcut (null without a globalShortcut port). */
  quickSearchShortcut: QuickSearchShortcut | null;
  handlers: Handlers;
  /** Rewrites the non-secret reminder schedule from the vault when unlocked (never throws). */
  syncSchedule: () => Promise<void>;
  /** True when the vault file changed since this core last handled a request (the CLI wrote). */
  vaultChangedElsewhere: () => Promise<boolean>;
  /** One reminder pass (start, hourly, resume); `onAttention` gets the tray's count. */
  checkReminders: (onAttention?: (count: number) => void) => Promise<void>;
  /** The daily exchange check's pass (setting "dailyExchangeCheck"); independent of reminders. */
  checkExchangesDaily: () => Promise<void>;
  /** Parses and runs one request (payload is untrusted). */
  handle: (channel: unknown, payload: unknown) => Promise<IpcResult<unknown>>;
  /** Locks (idle, screen lock, suspend, quit, tray): drops the key, clears the clipboard. */
  lock: (reason: LockReason) => Promise<void>;
  /** The add form holds an unsaved secret (`vault.unsavedDraft`); false again on every lock. */
  holdsUnsavedSecret: () => boolean;
  /** Called on every accepted request; the harness's idle clock listens to it. */
  onActivity: (listener: (channel: ChannelName) => void) => void;
}

export function createKeywardCore(ports: CorePorts): KeywardCore {
  const clipboard = new ClipboardService(
    ports.clipboard,
    ports.scheduler,
    ports.clock,
    (outcome) => ports.emit('clipboardCleared', { reason: outcome }),
    (state) => ports.emit('clipboardCopied', toClipboardView(state)),
  );
  const secretAccess = new SecretAccessGate(ports.confirmSecretAccess, ports.clock);
  // Created before the session so a lock can drop an import preview's secrets.
  let plaintext: PlaintextService | null = null;
  // The renderer's word that its add form holds an unsaved secret; a lock discards the draft.
  let unsavedDraft = false;
  const session = new VaultSession({
    dir: ports.dir,
    keychain: ports.keychain,
    clipboard,
    clock: ports.clock,
    onLocked: (reason) => {
      // A confirmation given before the lock covers nothing after it.
      secretAccess.reset();
      plaintext?.reset();
      unsavedDraft = false;
      ports.emit('locked', { reason });
    },
    ...(ports.pwhashLimits && { pwhashLimits: ports.pwhashLimits }),
  });
  plaintext = new PlaintextService({
    session,
    clock: ports.clock,
    onScanProgress: (progress) => ports.emit('scanProgress', progress),
    ...(ports.choosePaths && { choosePaths: ports.choosePaths }),
  });
  const settings = new SettingsStore(ports.dir);
  // Notifications speak the language chosen in Settings (kept here so notify stays synchronous).
  let language: Language = DEFAULT_SETTINGS.language;
  settings
    .get()
    .then((current) => (language = current.language))
    .catch(() => undefined);
  settings.onChange((current) => (language = current.language));
  const notifier = localizedNotifier(ports.notifier ?? { notify: () => undefined }, () => language);
  const quickSearchShortcut = ports.globalShortcut
    ? new QuickSearchShortcut(ports.globalShortcut)
    : null;
  settings
    .get()
    .then((current) => quickSearchShortcut?.start(current.quickSearchShortcut))
    .catch(() => undefined);
  const reminders = new ReminderService({
    dir: ports.dir,
    notifier,
    clock: ports.clock,
  });
  const exchangeChecker = ports.http
    ? () =>
        new ExchangeChecker({
          http: ports.http!,
          overrides:
            typeof ports.exchangeUrlOverrides === 'function'
              ? ports.exchangeUrlOverrides()
              : (ports.exchangeUrlOverrides ?? {}),
        })
    : undefined;
  const dailyCheck = exchangeChecker
    ? new DailyExchangeCheck({
        session,
        settings,
        checker: exchangeChecker,
        notifier,
        clock: ports.clock,
      })
    : null;
  const handlers = createHandlers({
    session,
    clipboard,
    settings,
    reminders,
    clock: ports.clock,
    openInBrowser: ports.openExternal,
    secretAccess,
    plaintext,
    onCheckProgress: (done, total) => ports.emit('checkProgress', { done, total }),
    setUnsavedDraft: (holding) => {
      unsavedDraft = holding;
    },
    notifier,
    ...(quickSearchShortcut && { quickSearchShortcut }),
    ...(exchangeChecker && { exchangeChecker }),
    ...(ports.recoveryKit && { recoveryKit: ports.recoveryKit }),
  });
  const activity: ((channel: ChannelName) => void)[] = [];
  /** Keeps the non-secret reminder schedule in step with the vault, for reminders while locked. */
  const syncSchedule = async () => {
    if (!session.isUnlocked) return;
    try {
      await reminders.syncSchedule(await session.requireOpen().store.read());
    } catch {
      // The next reminder check syncs again; a failed sync must not fail the user's action.
    }
  };
  const ownWrites = new OwnWrites(ports.dir);
  const handle = async (channel: unknown, payload: unknown) => {
    const result = await dispatch(handlers, channel, payload, (c) => activity.forEach((l) => l(c)));
    // A request that failed because another process re-keyed the vault (before the folder
    // watcher noticed) locks at once, so the user is told why and unlocks with the new key.
    if (!result.ok && result.code === 'locked') await session.lockIfRekeyed();
    if (result.ok && typeof channel === 'string' && !READ_ONLY_CHANNELS.has(channel)) {
      await syncSchedule();
    }
    // Copy and reveal write history too: every handled request may have saved the vault.
    if (result.ok) await ownWrites.note();
    return result;
  };
  return {
    session,
    clipboard,
    settings,
    reminders,
    quickSearchShortcut,
    handlers,
    syncSchedule,
    vaultChangedElsewhere: () => ownWrites.changedElsewhere(),
    checkReminders: async (onAttention = () => undefined) => {
      await createReminderCheck({ session, reminders, onAttention })();
    },
    // Its own pass (background.ts runs it hourly, whatever the reminder cadence); it checks
    // at most once a day, only when switched on and unlocked. A network failure is not an
    // error of the app: the next pass tries again.
    checkExchangesDaily: async () => {
      await dailyCheck?.maybeRun().catch(() => undefined);
    },
    handle,
    lock: (reason) => session.lock(reason),
    holdsUnsavedSecret: () => unsavedDraft,
    onActivity: (listener) => void activity.push(listener),
  };
}
