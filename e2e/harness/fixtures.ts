// The `app` fixture every spec uses: a page showing Keyward over the real core, plus ways
// to look behind it (the vault file, the clipboard, the stores) and to move the core's clock.
import { test as base, expect, _electron, type Browser, type Page } from '@playwright/test';
import path from 'node:path';
import type { VaultData } from '../../shared/domain/key-record';
import { eventChannel } from '../../shared/ipc/contract';
import { electronBinary, runMode, type RunMode } from './electron-mode';
import { openChromiumApp, TEST_FLAGS_SCRIPT } from './chromium-app';
import { runCli, type CliResult } from './cli';
import type { AskedPrompt, ScriptedReply } from '../../electron/core/app/scripted-secret-access';
import { startRealCore, type KeychainMode } from './real-core';
import { APP_ORIGIN } from './serve-renderer';

export interface AppHarness {
  mode: RunMode;
  page: Page;
  dir: string;
  /** Loads (or reloads) the app. */
  open(): Promise<void>;
  /** The vault's records, read independently of the app (core's VaultStore + keychain). */
  readVault(passphrase?: string): Promise<VaultData>;
  /** The text on the clipboard Keyward writes to. */
  clipboardText(): Promise<string>;
  /** Moves the core's clock forward (real waiting in Electron mode). */
  advanceClock(ms: number): Promise<void>;
  /**
   * Stops the core's clock and the page's `Date` at `at` (page timers keep running), before
   * `open()`: the screenshots then show the same dates and times on every run. Chromium run
   * only: in Electron mode the app's own clock runs and this does nothing.
   */
  freezeClock(at: Date): Promise<void>;
  /** JSON of every zustand store in the page. */
  storeSnapshot(): Promise<string>;
  /** Content-Security-Policy violations the page reported since it loaded. */
  cspViolations(): Promise<string[]>;
  /** Deletes the vault's keychain entry (a new machine, a reinstalled OS). */
  forgetKeychainEntry(): Promise<void>;
  /** The screen locks (the core locks the vault and tells the page). */
  screenLocks(): Promise<void>;
  /** The user clicks a reminder notification about this key. */
  notificationClicked(keyId: string): Promise<void>;
  /** Main's idle lock waits for the add form's unsaved secret: `secondsLeft` (null: no more). */
  autoLockWaits(secondsLeft: number | null): Promise<void>;
  /** Whether core heard that the add form holds an unsaved secret (Electron run: null). */
  unsavedDraftHeld(): Promise<boolean | null>;
  /**
   * The user presses the quick-search global shortcut: main shows the window and sends the
   * page the `quickSearch` event (Chromium: the harness sends that same event).
   */
  quickSearchPressed(): Promise<void>;
  /** Links opened in the user's browser (Chromium run only; Electron's shell opens them). */
  openedLinks(): string[];
  /**
   * How the user answers main's confirmation of a copy or reveal of a secret (default:
   * approve). For a passphrase vault, approving types `passphrase` into main's prompt.
   */
  answerSecretAccess(reply: ScriptedReply, passphrase?: string): Promise<void>;
  /**
   * What the user picks in main's next native open dialog of that kind (the import file, the
   * folders to scan); [] cancels.
   */
  answerPathDialog(kind: 'import-file' | 'scan-folders', paths: string[]): Promise<void>;
  /**
   * Where the user saves the emergency kit in main's next save dialog; null cancels. Chromium
   * run: the "PDF" is the kit's HTML behind SCRIPTED_PDF_HEADER (Electron: a real PDF).
   */
  answerSaveDialog(filePath: string | null): Promise<void>;
  /** The confirmations main asked for so far, oldest first (Chromium run; Electron: []). */
  secretAccessAsked(): AskedPrompt[];
  /** Runs the `keyward` CLI on this vault (stdin carries any secret). */
  cli(args: string[], stdin?: string): CliResult;
  /**
   * After the CLI wrote the vault: Electron's main notices by itself; in Chromium the harness
   * sends the event main would send.
   */
  cliWroteVault(): Promise<void>;
}

async function chromiumHarness(
  browser: Browser,
  keychainMode: KeychainMode,
  use: (h: AppHarness) => Promise<void>,
): Promise<void> {
  const real = await startRealCore(keychainMode);
  const { context, page } = await openChromiumApp(browser, real);
  try {
    await use({
      mode: 'chromium',
      page,
      dir: real.dir,
      open: async () => {
        await page.goto(`${APP_ORIGIN}/`);
      },
      readVault: (passphrase) => real.readVault(passphrase),
      clipboardText: () => Promise.resolve(real.clipboardText()),
      advanceClock: (ms) => Promise.resolve(real.clock.advance(ms)),
      freezeClock: async (at) => {
        real.clock.freezeAt(at);
        await page.clock.setFixedTime(at);
      },
      storeSnapshot: () =>
        page.evaluate(() => (globalThis as unknown as StoresWindow).__keywardStores()),
      cspViolations: () =>
        page.evaluate(() => (globalThis as unknown as StoresWindow).__cspViolations),
      forgetKeychainEntry: () => real.forgetKeychainEntry(),
      screenLocks: () => real.core.lock('screen-lock'),
      answerSecretAccess: (reply, passphrase = '') => {
        real.secretAccess.reply = reply;
        real.secretAccess.passphrase = passphrase;
        return Promise.resolve();
      },
      answerPathDialog: (kind, paths) => {
        real.paths.answers[kind] = paths;
        return Promise.resolve();
      },
      answerSaveDialog: (filePath) => {
        real.recoveryKit.savePath = filePath;
        return Promise.resolve();
      },
      secretAccessAsked: () => [...real.secretAccess.asked],
      cli: (args, stdin) => runCli(real.dir, real.keychainService, args, stdin),
      cliWroteVault: () => Promise.resolve(real.emit('vaultChanged', {})),
      openedLinks: () => [...real.opened],
      notificationClicked: (keyId) => Promise.resolve(real.emit('openKey', { keyId })),
      autoLockWaits: (secondsLeft) =>
        Promise.resolve(real.emit('autoLockWaiting', { secondsLeft })),
      unsavedDraftHeld: () => Promise.resolve(real.core.holdsUnsavedSecret()),
      quickSearchPressed: () => Promise.resolve(real.emit('quickSearch', {})),
    });
  } finally {
    await context.close();
    await real.dispose();
  }
}

async function electronHarness(
  keychainMode: KeychainMode,
  use: (h: AppHarness) => Promise<void>,
): Promise<void> {
  // The real app on the same kind of temporary vault and test keychain service.
  const real = await startRealCore(keychainMode);
  const app = await _electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [path.resolve('out/main/main.cjs')],
    env: {
      ...process.env,
      KEYWARD_VAULT_DIR: real.dir,
      KEYWARD_KEYCHAIN_SERVICE: real.keychainService,
      // No Secret Service reachable: keytar in the app fails as on such a machine.
      ...(keychainMode === 'absent' && { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' }),
    },
  });
  // Main's confirmation, answered as the user would: the native dialog is stubbed in main;
  // the passphrase prompt is a real window, filled in (or cancelled) here.
  const answer = { reply: 'approve' as ScriptedReply, passphrase: '' };
  const stubDialog = () =>
    app.evaluate(({ dialog }, approve) => {
      Object.assign(dialog, {
        showMessageBox: () =>
          Promise.resolve({ response: approve ? 0 : 1, checkboxChecked: false }),
      });
    }, answer.reply === 'approve');
  app.on('window', (prompt) => {
    void (async () => {
      await prompt.waitForLoadState('domcontentloaded');
      if (!prompt.url().includes('/prompt/')) return;
      if (answer.reply === 'refuse') return prompt.locator('#cancel').click();
      await prompt.locator('#passphrase').fill(answer.passphrase);
      await prompt.locator('#passphrase').press('Enter');
    })().catch(() => undefined); // the prompt closes itself once answered
  });
  try {
    await stubDialog();
    await app.context().addInitScript({ content: TEST_FLAGS_SCRIPT });
    const page = await app.firstWindow();
    await use({
      mode: 'electron',
      page,
      dir: real.dir,
      open: async () => {
        await page.reload();
      },
      readVault: (passphrase) => real.readVault(passphrase),
      clipboardText: () => app.evaluate(({ clipboard }) => clipboard.readText()),
      advanceClock: (ms) => page.waitForTimeout(ms),
      freezeClock: () => Promise.resolve(),
      storeSnapshot: () =>
        page.evaluate(() => (globalThis as unknown as StoresWindow).__keywardStores()),
      cspViolations: () =>
        page.evaluate(() => (globalThis as unknown as StoresWindow).__cspViolations),
      forgetKeychainEntry: () => real.forgetKeychainEntry(),
      answerSecretAccess: async (reply, passphrase = '') => {
        answer.reply = reply;
        answer.passphrase = passphrase;
        await stubDialog();
      },
      // Main's dialog.showOpenDialog, stubbed to return the spec's paths.
      answerPathDialog: (_kind, paths) =>
        app.evaluate(({ dialog }, filePaths) => {
          Object.assign(dialog, {
            showOpenDialog: () => Promise.resolve({ canceled: filePaths.length === 0, filePaths }),
          });
        }, paths),
      // Main's dialog.showSaveDialog, stubbed to return the spec's path.
      answerSaveDialog: (filePath) =>
        app.evaluate(({ dialog }, chosen) => {
          Object.assign(dialog, {
            showSaveDialog: () =>
              Promise.resolve({ canceled: chosen === null, filePath: chosen ?? '' }),
          });
        }, filePath),
      secretAccessAsked: () => [],
      cli: (args, stdin) => runCli(real.dir, real.keychainService, args, stdin),
      cliWroteVault: () => Promise.resolve(),
      openedLinks: () => [],
      // Main listens to powerMonitor and sends events on keyward-event:<name> (contract.ts).
      screenLocks: () => app.evaluate(({ powerMonitor }) => void powerMonitor.emit('lock-screen')),
      notificationClicked: (keyId) =>
        app.evaluate(
          ({ BrowserWindow }, [channel, id]) => {
            BrowserWindow.getAllWindows()[0]?.webContents.send(channel, { keyId: id });
          },
          [eventChannel('openKey'), keyId] as const,
        ),
      autoLockWaits: (secondsLeft) =>
        app.evaluate(
          ({ BrowserWindow }, [channel, left]) => {
            BrowserWindow.getAllWindows()[0]?.webContents.send(channel, { secondsLeft: left });
          },
          [eventChannel('autoLockWaiting'), secondsLeft] as const,
        ),
      unsavedDraftHeld: () => Promise.resolve(null),
      quickSearchPressed: () =>
        app.evaluate(({ BrowserWindow }, channel) => {
          BrowserWindow.getAllWindows()[0]?.webContents.send(channel, {});
        }, eventChannel('quickSearch')),
    });
  } finally {
    await app.close();
    await real.dispose();
  }
}

interface StoresWindow {
  __keywardStores: () => string;
  __cspViolations: string[];
}

export const test = base.extend<{ app: AppHarness; keychainMode: KeychainMode }>({
  /** `test.use({ keychainMode: 'absent' })`: a machine without a Secret Service. */
  keychainMode: ['real', { option: true }],
  app: async ({ browser, keychainMode }, use) => {
    if (runMode() === 'electron') await electronHarness(keychainMode, use);
    else await chromiumHarness(browser, keychainMode, use);
  },
});

export { expect };
