// Electron's clipboard behind core's ClipboardPort. Electron's clipboard commits every entry
// of one `write()` atomically, so the secret goes on the clipboard together with the
// platform's "concealed" markers (core/clipboard/concealment.ts): clipboard managers and OS
// clipboard history that honour them do not keep it.
import { clipboard, ClipboardItem } from 'electron';
import type { ClipboardPort } from '../../core/clipboard/clipboard-port';
import { secretClipboardItem } from '../../core/clipboard/concealment';

export function electronClipboard(platform: NodeJS.Platform = process.platform): ClipboardPort {
  return {
    writeSecret: (text) =>
      clipboard.write([new ClipboardItem(secretClipboardItem(text, platform))]),
    readText: () => clipboard.readText(),
    clear: () => {
      clipboard.clear();
      return Promise.resolve();
    },
  };
}
