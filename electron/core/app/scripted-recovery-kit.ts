// The recovery-kit port answered by a script, for tests and the e2e harness (the app uses
// main's save dialog and printToPDF: electron/main/recovery-kit-adapter.ts). A spec sets the
// path the "user" picks; null: the user cancels. The "PDF" is the page's HTML behind a PDF
// header, so a test can read what would have been printed.
import type { RecoveryKitFormat, RecoveryKitPort } from './recovery-kit';

export const SCRIPTED_PDF_HEADER = '%PDF-scripted\n';

export class ScriptedRecoveryKit implements RecoveryKitPort {
  /** Where the next save goes; null cancels the dialog. */
  savePath: string | null = null;
  /** Every dialog shown: the format and the name offered. */
  readonly asked: { format: RecoveryKitFormat; defaultName: string }[] = [];

  chooseSavePath = (format: RecoveryKitFormat, defaultName: string): Promise<string | null> => {
    this.asked.push({ format, defaultName });
    return Promise.resolve(this.savePath);
  };

  renderPdf = (html: string): Promise<Uint8Array> =>
    Promise.resolve(new TextEncoder().encode(SCRIPTED_PDF_HEADER + html));
}
