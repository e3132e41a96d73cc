// Main's side of core's confirmSecretAccess port: the user confirms a copy or reveal of a
// secret with main's own UI. Keychain vault: a native dialog naming the key. Passphrase vault:
// the passphrase prompt window (passphrase-prompt.ts). The app's renderer takes no part.
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Language } from '../../shared/ipc/views';
import type { ConfirmSecretAccess } from '../core/app/ports';
import { askPassphrase } from './passphrase-prompt';
import { confirmText, promptText } from './secret-access-text';

export interface SecretAccessUiDeps {
  /** The app's window, to parent the dialog (null: none open). */
  parent: () => BrowserWindow | null;
  promptPreloadPath: string;
  language: () => Promise<Language>;
  devTools: boolean;
}

export function electronSecretAccess(deps: SecretAccessUiDeps): ConfirmSecretAccess {
  return async (prompt) => {
    const language = await deps.language().catch((): Language => 'en');
    const parent = deps.parent();
    if (prompt.kind === 'passphrase') {
      return askPassphrase({
        parent,
        preloadPath: deps.promptPreloadPath,
        text: promptText(language, prompt),
        check: prompt.check,
        devTools: deps.devTools,
      });
    }
    const text = confirmText(language, prompt);
    const options: MessageBoxOptions = {
      type: 'warning',
      title: text.title,
      message: text.message,
      detail: text.detail,
      buttons: [text.allow, text.cancel],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  };
}
