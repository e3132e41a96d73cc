// Electron's clipboard behind core's ClipboardPort. Electron 39's clipboard writes plain
// text, or one custom format per call (writeBuffer), and every write replaces the whole
// clipboard: it cannot put the text and a "concealed" marker (KDE x-kde-passwordManagerHint,
// macOS org.nspasteboard.ConcealedType, Windows ExcludeClipboardContentFromMonitorProcessing)
// on the clipboard together. So we write text only and say so in docs/security.md; the
// short clear delay is the protection that works everywhere.
import { clipboard } from 'electron';
import type { ClipboardPort } from '../../core/clipboard/clipboard-port';

export function electronClipboard(): ClipboardPort {
  return {
    writeSecret: (text) => clipboard.writeText(text, 'clipboard'),
    readText: () => clipboard.readText('clipboard'),
    clear: () => clipboard.clear('clipboard'),
  };
}
