// Electron main process: thin. The vault logic lives in electron/core.
import { app, BrowserWindow } from 'electron';
import path from 'node:path';

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1100,
    height: 750,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(__dirname, '../preload/preload.cjs'),
    },
  });
  void window.loadFile(path.join(__dirname, '../renderer/index.html'));
}

app.enableSandbox();
void app.whenReady().then(createWindow);
app.on('window-all-closed', () => app.quit());
