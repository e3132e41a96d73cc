// The app's one window: secure web preferences, the UI from app://keyward, shown when ready.
import { BrowserWindow } from 'electron';
import { APP_START_URL, secureWebPreferences } from './security-policy';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 750,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Keyward',
    backgroundColor: '#111318',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
