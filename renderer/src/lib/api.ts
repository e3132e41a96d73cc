// The renderer's only way to the vault: `window.keyward`, built by preload (or the e2e
// harness) from the IPC contract. Every call answers an IpcResult; `call` turns a failure
// into a thrown ApiError whose message is safe to show (core never puts a secret in it).
import type { KeywardApi } from '../../../shared/ipc/bridge';
import type { IpcErrorCode, IpcResult } from '../../../shared/ipc/result';

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

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'The app could not finish this action.';
}
