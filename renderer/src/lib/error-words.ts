// Every IPC error code in words: a translated sentence the app shows, with core's English
// message as a detail (core speaks only English). The detail loses what speaks to the command
// line (`--vault`, `'keyward recover'`, KEYWARD_VAULT_DIR, stdin): the app never shows CLI
// wording. `field` says which input the error belongs to, so a form shows it next to it.
import { IPC_ERROR_CODES, type IpcErrorCode } from '../../../shared/ipc/result';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The i18n key of each code's sentence (`words.errors.code.<code>`); complete by type. */
export const ERROR_SENTENCE_KEYS: Record<IpcErrorCode, string> = Object.fromEntries(
  IPC_ERROR_CODES.map((code) => [code, `words.errors.code.${code}`]),
) as Record<IpcErrorCode, string>;

/** Which input an error is about, where a code names one. */
export type ErrorField = 'passphrase' | 'recoveryKey';
const FIELD_OF: Partial<Record<IpcErrorCode, ErrorField>> = {
  'wrong-passphrase': 'passphrase',
  'passphrase-required': 'passphrase',
  'wrong-recovery-key': 'recoveryKey',
};

/** Codes whose core message adds nothing a user can act on (fixed or internal sentences). */
const NO_DETAIL: ReadonlySet<IpcErrorCode> = new Set(['internal', 'forbidden']);

export interface ErrorWords {
  code: IpcErrorCode | null;
  /** The translated sentence. */
  text: string;
  /** Core's English message without CLI wording; absent when nothing is left of it. */
  detail?: string;
  field?: ErrorField;
}

// Command-line wording: an option (--vault), the command (keyward init, 'keyward recover'),
// the environment variable, or standard input.
// Case matters: "Keyward opens…" is the app's name, `keyward init` the command.
const CLI_WORDING = /(^|[\s('"`])--[a-z]|\bkeyward [a-z]|KEYWARD_[A-Z_]+|\bstdin\b|[Cc]ommand line/;

/** Core's message without parentheses or sentences that speak to the command line. */
export function withoutCliWording(message: string): string {
  const noAsides = message.replace(/\s*\(([^()]*)\)/g, (aside, inner: string) =>
    CLI_WORDING.test(inner) ? '' : aside,
  );
  // Clauses: sentences, then the parts of a sentence joined by ", or" / ";" / ":".
  const sentences = noAsides.split(/(?<=[.!?])\s+/);
  const kept = sentences
    .map((sentence) => {
      if (!CLI_WORDING.test(sentence)) return sentence;
      const parts = sentence.split(/(,\s+or\s+|;\s+|:\s+)/);
      // Keep the clauses before the first one with CLI wording, when there are any.
      const first = parts.findIndex((p, i) => i % 2 === 0 && CLI_WORDING.test(p));
      const head = parts.slice(0, Math.max(0, first - 1)).join('');
      return head === '' ? '' : `${head.replace(/[,;:]\s*$/, '')}.`;
    })
    .filter((s) => s.trim() !== '');
  return kept.join(' ').trim();
}

export function errorWords(
  error: { code: IpcErrorCode; message: string } | null,
  t: Translate,
): ErrorWords {
  if (!error) return { code: null, text: t('words.errors.unknown') };
  const text = t(ERROR_SENTENCE_KEYS[error.code] ?? ERROR_SENTENCE_KEYS.internal);
  const detail = NO_DETAIL.has(error.code) ? '' : withoutCliWording(error.message);
  const field = FIELD_OF[error.code];
  return {
    code: error.code,
    text,
    ...(detail !== '' && detail !== text && { detail }),
    ...(field && { field }),
  };
}

/** One line for a notice: the sentence, then the detail. */
export function errorLine(words: ErrorWords): string {
  return words.detail ? `${words.text} ${words.detail}` : words.text;
}
