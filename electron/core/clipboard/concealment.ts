// The clipboard formats that tell clipboard managers and OS clipboard history not to keep a
// copied secret, per platform. They are written with the text in one atomic clipboard write
// (Electron's `clipboard.write([new ClipboardItem({...})])`, raw platform formats through its
// `electron application/osclipboard;format="<name>"` custom format).
//
// - Linux (KDE Klipper and clipboard managers that follow it): x-kde-passwordManagerHint = "secret".
// - macOS (nspasteboard.org convention, honoured by most clipboard managers):
//   org.nspasteboard.ConcealedType present.
// - Windows: ExcludeClipboardContentFromMonitorProcessing present (clipboard monitors),
//   CanIncludeInClipboardHistory = DWORD 0 (Win+V history), CanUploadToCloudClipboard = DWORD 0
//   (cloud clipboard sync).

export const rawFormat = (name: string) => `electron application/osclipboard;format="${name}"`;

/** A DWORD 0: four zero bytes (a string is written as its UTF-8 bytes). */
const DWORD_ZERO = '\0\0\0\0';

export function concealmentFormats(platform: NodeJS.Platform): Record<string, string> {
  switch (platform) {
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return { [rawFormat('x-kde-passwordManagerHint')]: 'secret' };
    case 'darwin':
      return { [rawFormat('org.nspasteboard.ConcealedType')]: '' };
    case 'win32':
      return {
        [rawFormat('ExcludeClipboardContentFromMonitorProcessing')]: '',
        [rawFormat('CanIncludeInClipboardHistory')]: DWORD_ZERO,
        [rawFormat('CanUploadToCloudClipboard')]: DWORD_ZERO,
      };
    default:
      return {};
  }
}

/** Everything written for one copy: the plain text, and the platform's markers. */
export function secretClipboardItem(
  text: string,
  platform: NodeJS.Platform,
): Record<string, string> {
  return { 'text/plain': text, ...concealmentFormats(platform) };
}
