// Main's side of core's recovery-kit port (core/app/recovery-kit.ts): the native save dialog
// and Electron's printToPDF. Thin on purpose: core generates the page and writes the file.
// The page is rendered in a hidden window of its own in-memory session, with script off and
// every request but the page itself refused; the window is destroyed once printed.
import { BrowserWindow, dialog, session, type SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/ipc/views';
import type { RecoveryKitFormat, RecoveryKitPort } from '../core/app/recovery-kit';

const KIT_PARTITION = 'keyward-emergency-kit';

const TITLES: Record<Language, string> = {
  en: 'Save the emergency kit',
  'zh-CN': '保存应急包',
};

const FILTERS: Record<RecoveryKitFormat, SaveDialogOptions['filters']> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  text: [{ name: 'Text', extensions: ['txt'] }],
};

export function electronRecoveryKit(deps: {
  parent: () => BrowserWindow | null;
  language: () => Promise<Language>;
}): RecoveryKitPort {
  return {
    async chooseSavePath(format, defaultName) {
      const language = await deps.language().catch((): Language => 'en');
      const options: SaveDialogOptions = {
        title: TITLES[language],
        defaultPath: defaultName,
        filters: FILTERS[format],
        properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const parent = deps.parent();
      const { canceled, filePath } = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return canceled || !filePath ? null : filePath;
    },

    async renderPdf(html) {
      const kitSession = session.fromPartition(KIT_PARTITION);
      kitSession.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !details.url.startsWith('data:text/html') });
      });
      const window = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          session: kitSession,
          javascript: false,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          spellcheck: false,
          devTools: false,
          disableBlinkFeatures: 'Auxclick', // as every other window (Electronegativity)
        },
      });
      try {
        const encoded = Buffer.from(html, 'utf8').toString('base64');
        await window.loadURL(`data:text/html;charset=utf-8;base64,${encoded}`);
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: false,
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
      }
    },
  };
}
