// The answer every IPC call gets: a value, or a code the UI can act on plus a sentence it can
// show. Invariant: `message` never carries a secret, an API key in full, a passphrase or a
// recovery key (core's errors name keys by label only; unexpected errors become 'internal'
// with a fixed sentence).

export const IPC_ERROR_CODES = [
  /** The request did not match the channel's schema (or core refused the input). */
  'invalid',
  /** The channel needs an unlocked vault. */
  'locked',
  'not-found',
  'no-vault',
  'vault-exists',
  'passphrase-required',
  'wrong-passphrase',
  'wrong-recovery-key',
  'keychain-unavailable',
  'vault-key-missing',
  'vault-unreadable',
  'conflict',
  /** Main's confirmation of a copy or reveal was refused or cancelled. */
  'refused',
  /** Too many copies or reveals of a secret in a row: `retryAfterSeconds` says when. */
  'rate-limited',
  /** Unknown channel, or a sender that is not the app's own page. */
  'forbidden',
  'internal',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcFailure {
  ok: false;
  code: IpcErrorCode;
  message: string;
  /** 'rate-limited' only: seconds until the next attempt may succeed. */
  retryAfterSeconds?: number;
}

export type IpcResult<T> = { ok: true; value: T } | IpcFailure;

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(
  code: IpcErrorCode,
  message: string,
): { ok: false; code: IpcErrorCode; message: string } {
  return { ok: false, code, message };
}
