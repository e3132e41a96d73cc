// The renderer's only way to the vault: `window.keyward`, built by preload (or the e2e
// harness) from the IPC contract. Every call answers an IpcResult; `call` turns a failure
// into a thrown ApiError whose message is safe to show (core never puts a secret in it); the
// app shows it in words through describeError/errorText, never core's message alone.
import type { KeywardApi } from '../../../shared/ipc/bridge';
import type { IpcErrorCode, IpcResult } from '../../../shared/ipc/result';
import { i18next } from '../i18n/i18n';
import { errorLine, errorWords, type ErrorWords, type Translate } from './error-words';

declare global {
  interface Window {
    keyward: KeywardApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    /** 'rate-limited': seconds until the next copy or reveal may go ahead. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function api(): KeywardApi {
  return window.keyward;
}

export async function call<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.code, result.message, result.retryAfterSeconds);
  return result.value;
}

/** A failure in words (issue 13 §7): the code's translated sentence, core's English as detail. */
export function describeError(error: unknown): ErrorWords {
  const t: Translate = (key, options) => i18next.t(key, options ?? {});
  return errorWords(error instanceof ApiError ? error : null, t);
}

/** A failure as one line for a notice: the translated sentence, then core's detail. */
export function errorText(error: unknown): string {
  return errorLine(describeError(error));
}
