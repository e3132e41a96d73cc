// Turns whatever a handler threw into the `{ ok: false, code, message }` the renderer gets.
// Invariant: only KeywardError messages pass through (they name keys by label and never hold
// a secret); anything else becomes a fixed sentence, so a library's message that might quote
// input (a secret, a passphrase) never leaves main.
import type { IpcErrorCode, IpcFailure } from '../../../shared/ipc/result';
import { KeywardError, type ErrorCode } from '../errors';

const CODE_FOR: Record<ErrorCode, IpcErrorCode> = {
  'invalid-input': 'invalid',
  'keychain-unavailable': 'keychain-unavailable',
  'vault-key-missing': 'vault-key-missing',
  'passphrase-required': 'passphrase-required',
  'vault-unreadable': 'vault-unreadable',
  'not-found': 'not-found',
  'wrong-passphrase': 'wrong-passphrase',
  'wrong-recovery-key': 'wrong-recovery-key',
  'no-vault': 'no-vault',
  'vault-exists': 'vault-exists',
  conflict: 'conflict',
  locked: 'locked',
  'access-refused': 'refused',
  'rate-limited': 'rate-limited',
  internal: 'internal',
};

export const INTERNAL_MESSAGE =
  'Something went wrong inside Keyward; nothing was changed. Try again, or restart the app.';

export function toIpcError(error: unknown): IpcFailure {
  if (error instanceof KeywardError) {
    return {
      ok: false,
      code: CODE_FOR[error.code] ?? 'internal',
      message: error.message,
      ...(error.retryAfterSeconds !== undefined && { retryAfterSeconds: error.retryAfterSeconds }),
    };
  }
  return { ok: false, code: 'internal', message: INTERNAL_MESSAGE };
}
