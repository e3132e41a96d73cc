// The Electron shell's lifecycle, thin: security settings, the app protocol, one window, IPC
// registration, and adapters handing Electron's clipboard, notifications, power events and
// tray to core. Everything with logic lives in electron/core (shared with the e2e harness).
import { exchangeUrlOverrides, type ExchangeUrlOverrides } from '../core/exchanges/base-url';
import { createNodeHttpPort } from '../core/exchanges/node-http-port';
import { app, ipcMain, session, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import {
  eventChannel,
  type EventName,
  type IpcEvents,
  type LockReason,
} from '../../shared/ipc/contract';
import { startBackground, type Background } from '../core/app/background';
import { createKeywardCore, type KeywardCore } from '../core/app/keyward-core';
import { electronRecoveryKit } from './recovery-kit-adapter';
import { electronPathDialog } from './path-dialog';
import { systemClock, systemScheduler, type NotifierPort } from '../core/app/ports';
import { keytarKeychain, type KeychainPort } from '../core/vault/keychain';
import { defaultVaultDir } from '../core/vault/default-dir';
import { electronClipboard } from './adapters/electron-clipboard';
import { electronNotifier } from './adapters/notifier';
import { electronGlobalShortcut } from './adapters/global-shortcut';
import { systemIdleSeconds, watchPower } from './adapters/power';
import { createTray } from './adapters/tray';
import { TrayPresenter } from '../core/tray/tray-presenter';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { debugPolicy, REMOTE_DEBUGGING_SWITCHES } from './debug-policy';
import { hardenSession, hardenWebContents } from './harden';
import { isTrustedSender, registerIpc } from './ipc-registration';
import { electronSecretAccess } from './secret-access-ui';
import { createMainWindow } from './window';

/** The last guard before the OS opens a link: https only, whatever the caller checked. */
function requireHttps(url: string): string {
  if (new URL(url).protocol !== 'https:') throw new Error('Only https links are opened.');
  return url;
}

export interface AppPaths {
  preload: string;
  renderer: string;
  /** The passphrase prompt's preload and page folder (passphrase-prompt.ts). */
  promptPreload: string;
  prompt: string;
  vault: string;
}

export function defaultAppPaths(baseDir: string): AppPaths {
  return {
    preload: path.join(baseDir, '../preload/preload.cjs'),
    renderer: path.join(baseDir, '../renderer'),
    promptPreload: path.join(baseDir, '../preload/prompt-preload.cjs'),
    prompt: path.join(baseDir, '../prompt'),
    vault: defaultVaultDir(),
  };
}

export interface RunningApp {
  core: KeywardCore;
  notifier: NotifierPort;
  /** The tray menu's state and actions (rendered by the Tray adapter when there is a tray). */
  tray: TrayPresenter;
  window(): BrowserWindow | null;
  background: Background;
}

/** Starts the app; resolves once the window exists (null when another instance runs). */
export async function startApp(
  paths: AppPaths,
  /** Tests replace the OS keychain; the app uses keytar. */
  keychain: KeychainPort = keytarKeychain(),
): Promise<RunningApp | null> {
  const debug = debugPolicy({
    isPackaged: app.isPackaged,
    devtoolsEnv: process.env.KEYWARD_DEVTOOLS,
    argv: process.argv,
    parsedSwitches: REMOTE_DEBUGGING_SWITCHES.filter((s) => app.commandLine.hasSwitch(s)),
  });
  if (debug.refusal) {
    console.error(debug.refusal);
    app.exit(1);
    return null;
  }
  app.enableSandbox();
  registerAppScheme();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  let window: BrowserWindow | null = null;
  let trayPresenter: TrayPresenter | null = null;
  let hasTray = false;
  let quitting = false;
  // Set once core exists; windows created earlier than that cannot hold an unlocked vault.
  let lockFor: (reason: LockReason) => void = () => undefined;
  const liveWindow = () => (window && !window.isDestroyed() ? window : null);
  const emit = <E extends EventName>(event: E, payload: IpcEvents[E]) => {
    liveWindow()?.webContents.send(eventChannel(event), payload);
    // A lock or another process's change may change the tray's recent keys.
    if (event === 'locked' || event === 'vaultChanged') void trayPresenter?.refresh();
  };
  const showWindow = () => {
    const current =
      liveWindow() ??
      (window = createMainWindow(paths.preload, () => lockFor('quit'), debug.devTools));
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  };

  await app.whenReady();
  // Windows shows notifications only for an app with an AppUserModelID (electron-builder appId).
  if (process.platform === 'win32') app.setAppUserModelId('app.keyward.desktop');
  hardenSession(session.defaultSession);
  handleAppProtocol(paths.renderer, paths.prompt);

  const notifier = electronNotifier((keyId) => {
    showWindow();
    if (keyId) emit('openKey', { keyId });
  });
  const core = createKeywardCore({
    dir: paths.vault,
    keychain,
    clipboard: electronClipboard(),
    scheduler: systemScheduler,
    clock: systemClock,
    emit,
    // Core has checked the URL against the allowlist; https is re-checked at the sink.
    openExternal: (url) => shell.openExternal(requireHttps(url)),
    // Copy and reveal of a secret: main's own dialog or passphrase window, never the page.
    confirmSecretAccess: electronSecretAccess({
      parent: liveWindow,
      promptPreloadPath: paths.promptPreload,
      language: async () => (await core.settings.get()).language,
      devTools: debug.devTools,
    }),
    // Import file and scan folders: main's native open dialog, never a path from the page.
    choosePaths: electronPathDialog({
      parent: liveWindow,
      language: async () => (await core.settings.get()).language,
    }),
    // The recovery key's emergency kit: main's save dialog and printToPDF (core writes it).
    recoveryKit: electronRecoveryKit({
      parent: liveWindow,
      language: async () => (await core.settings.get()).language,
    }),
    notifier,
    // Exchange checks: Node's fetch through undici's proxy-aware agent (HTTPS_PROXY/NO_PROXY).
    // The packaged app ignores KEYWARD_EXCHANGE_URL_*; a bad one in development is ignored too.
    http: createNodeHttpPort(),
    exchangeUrlOverrides: safeOverrides(app.isPackaged),
    // The quick-search palette's global shortcut (off by default): shows the window, then
    // the page opens the palette over whatever screen it shows.
    globalShortcut: electronGlobalShortcut(() => {
      showWindow();
      emit('quickSearch', {});
    }),
  });
  registerIpc(
    ipcMain,
    async (channel, payload) => {
      const result = await core.handle(channel, payload);
      void trayPresenter?.afterRequest(channel, result.ok);
      return result;
    },
    (event) => isTrustedSender(event, () => liveWindow()?.webContents ?? null),
  );
  // The key drops at once; the clipboard clear finishes in the background (quit waits for it).
  const lock = (reason: LockReason): void => {
    core.lock(reason).catch(() => console.error('keyward: could not clear the clipboard.'));
  };
  lockFor = lock;

  // The menu is built in core (tray-menu.ts); a copy from it is a keys.copy request, so it
  // passes the same confirmation as the app's.
  const trayView = createTray({
    open: showWindow,
    onAction: (action) => void presenter.run(action),
  });
  hasTray = trayView !== null;
  const presenter = new TrayPresenter({
    core,
    view: trayView ?? { render: () => undefined },
    open: showWindow,
    lock,
    quit: () => app.quit(),
  });
  trayPresenter = presenter;
  await presenter.refresh();

  const background = await startBackground(core, {
    scheduler: systemScheduler,
    idleSeconds: systemIdleSeconds,
    checkReminders: () => core.checkReminders((count) => void trayPresenter?.setAttention(count)),
    onVaultChanged: () => emit('vaultChanged', {}),
    onAutoLockWaiting: (secondsLeft) => emit('autoLockWaiting', { secondsLeft }),
    onError: () => console.error('keyward: the reminder check failed; it runs again later.'),
  });
  watchPower({ lock, resumed: () => void background.resumed() });

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app.on('window-all-closed', () => {
    // With a tray the app keeps running for reminders; the vault locks with the window.
    lock('user');
    if (!hasTray || quitting) app.quit();
  });
  let clipboardClearedForQuit = false;
  app.on('before-quit', (event) => {
    if (clipboardClearedForQuit) return;
    // Hold the quit until Keyward's clipboard value is gone (the clipboard is asynchronous).
    event.preventDefault();
    quitting = true;
    background.stop();
    core.quickSearchShortcut?.stop();
    void core
      .lock('quit')
      .catch(() => undefined)
      .finally(() => {
        clipboardClearedForQuit = true;
        app.quit();
      });
  });

  window = createMainWindow(paths.preload, () => lockFor('quit'), debug.devTools);
  return { core, notifier, tray: presenter, window: liveWindow, background };
}

function safeOverrides(isPackaged: boolean): ExchangeUrlOverrides {
  try {
    return exchangeUrlOverrides(process.env, isPackaged);
  } catch (error) {
    console.error(`keyward: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}
