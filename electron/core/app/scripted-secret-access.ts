// The confirmSecretAccess port answered by a script, for tests and the e2e harness (the app
// asks the user through main: electron/main/secret-access-ui.ts). Default: approve. A spec
// sets `reply = 'refuse'` to make the user say no, and for a passphrase vault sets the
// passphrase the "user" types (core verifies it, as it does for the real prompt).
import type { ConfirmSecretAccess, SecretAccessPrompt } from './ports';

export type ScriptedReply = 'approve' | 'refuse';

export interface AskedPrompt {
  label: string;
  action: SecretAccessPrompt['action'];
  field: string;
  kind: SecretAccessPrompt['kind'];
}

export class ScriptedSecretAccess {
  reply: ScriptedReply = 'approve';
  /** What the "user" types into a passphrase vault's prompt when approving. */
  passphrase = '';
  /** Every prompt shown, in order (never a value). */
  readonly asked: AskedPrompt[] = [];
  /** Tests: answer with this instead (a slow user, a main that skips the check). */
  custom: ConfirmSecretAccess | null = null;

  readonly confirm: ConfirmSecretAccess = async (prompt) => {
    this.asked.push({
      label: prompt.label,
      action: prompt.action,
      field: prompt.field,
      kind: prompt.kind,
    });
    if (this.custom) return this.custom(prompt);
    if (this.reply === 'refuse') return false;
    if (prompt.kind === 'passphrase') return prompt.check(this.passphrase);
    return true;
  };
}
