// The app's one window: secure web preferences, the UI from app://keyward, shown when ready.
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './security-policy';

export function createMainWindow(
  preloadPath: string,
  /** Windows logs off or shuts down without 'before-quit': lock then too. */
  onSessionEnd: () => void = () => undefined,
  /** Only an unpackaged build with KEYWARD_DEVTOOLS=1 (debug-policy.ts). */
  devTools = false,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 750,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Keyward',
    backgroundColor: '#111318',
    // Written out here (not built by a helper) so static checkers see every setting.
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle click would open links in new windows (refused anyway by harden.ts).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('session-end', onSessionEnd);
  void window.loadURL(APP_START_URL);
  return window;
}
