// The passphrase prompt for a passphrase vault's copy/reveal confirmation: a small window
// main owns, with its own page (app://keyward/prompt/prompt.html) and its own preload, never
// the app's renderer, whose fields page script could fake. Invariants: only this window's
// top frame, showing the prompt page, is answered; the typed passphrase goes to core's check
// and nowhere else (never logged, never sent back); at most one prompt at a time; closing
// the window, cancelling or 5 wrong tries count as "no".
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { PROMPT_CHANNELS, type PromptText } from '../../shared/ipc/prompt';
import { APP_ORIGIN } from './security-policy';

export const PROMPT_URL = `${APP_ORIGIN}/prompt/prompt.html`;
export const PROMPT_MAX_TRIES = 5;
const MAX_PASSPHRASE = 1024;

export interface PassphrasePromptOptions {
  parent: BrowserWindow | null;
  preloadPath: string;
  text: PromptText;
  /** Core's check of one typed passphrase. */
  check: (passphrase: string) => Promise<boolean>;
  devTools: boolean;
}

let active = false;

export function askPassphrase(options: PassphrasePromptOptions): Promise<boolean> {
  // One prompt at a time (core asks once for concurrent requests anyway).
  if (active) return Promise.resolve(false);
  active = true;
  return new Promise((resolve) => {
    const window = new BrowserWindow({
      width: 460,
      height: 300,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      ...(options.parent && { parent: options.parent, modal: true }),
      show: false,
      title: options.text.title,
      backgroundColor: '#111318',
      // Written out here (as in window.ts) so static checkers see every setting.
      webPreferences: {
        preload: options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
        webviewTag: false,
        navigateOnDragDrop: false,
        spellcheck: false,
        safeDialogs: true,
        devTools: options.devTools,
      },
    });
    const contents = window.webContents;
    let settled = false;
    let tries = 0;
    const finish = (approved: boolean) => {
      if (settled) return;
      settled = true;
      active = false;
      for (const channel of Object.values(PROMPT_CHANNELS)) ipcMain.removeHandler(channel);
      if (!window.isDestroyed()) window.close();
      resolve(approved);
    };
    const fromPrompt = (event: IpcMainInvokeEvent) => {
      const frame = event.senderFrame;
      return (
        !settled &&
        event.sender === contents &&
        frame !== null &&
        frame === contents.mainFrame &&
        frame.url === PROMPT_URL
      );
    };
    ipcMain.handle(PROMPT_CHANNELS.details, (event) => (fromPrompt(event) ? options.text : null));
    ipcMain.handle(PROMPT_CHANNELS.submit, async (event, passphrase: unknown) => {
      if (!fromPrompt(event)) return false;
      if (typeof passphrase !== 'string' || passphrase === '') return false;
      if (passphrase.length > MAX_PASSPHRASE) return false;
      const right = await options.check(passphrase).catch(() => false);
      if (right) finish(true);
      else if (++tries >= PROMPT_MAX_TRIES) finish(false);
      return right;
    });
    ipcMain.handle(PROMPT_CHANNELS.cancel, (event) => {
      if (fromPrompt(event)) finish(false);
    });
    window.on('closed', () => finish(false));
    window.once('ready-to-show', () => window.show());
    window.loadURL(PROMPT_URL).catch(() => finish(false));
  });
}
