// The choosePaths port answered by a script, for tests and the e2e harness (the app asks
// with main's native dialog: electron/main/path-dialog.ts). A spec sets what the "user"
// picks in the next dialog of each kind; nothing set: the user cancels ([]).
import type { ChoosePaths } from './ports';

type Kind = Parameters<ChoosePaths>[0];

export class ScriptedPaths {
  readonly answers: Record<Kind, string[]> = { 'import-file': [], 'scan-folders': [] };
  /** Every dialog shown, in order. */
  readonly asked: Kind[] = [];

  readonly choose: ChoosePaths = (kind) => {
    this.asked.push(kind);
    return Promise.resolve([...this.answers[kind]]);
  };
}
