// Errors that reach a user. Each carries a code the CLI maps to its exit status and the IPC
// layer passes to the renderer. Invariant: a message names a key by label, never by value,
// and never contains a secret, a passphrase or a recovery key.

export type ErrorCode =
  /** Bad input from the user or a caller: exit 2. */
  | 'invalid-input'
  /** No Secret Service, or the keychain refused: exit 3. */
  | 'keychain-unavailable'
  /** The keychain has no entry for this vault: exit 3. */
  | 'vault-key-missing'
  /** The vault needs its passphrase (none given): exit 3. */
  | 'passphrase-required'
  /** Not a vault, changed bytes, truncated, newer format: exit 4. */
  | 'vault-unreadable'
  /** No such key (or service): exit 5. */
  | 'not-found'
  | 'wrong-passphrase'
  | 'wrong-recovery-key'
  | 'no-vault'
  | 'vault-exists'
  | 'conflict'
  | 'locked'
  /** The user (main's confirmation, never the page) did not allow a secret out. */
  | 'access-refused'
  /** Too many secrets copied or revealed over IPC in a row. */
  | 'rate-limited'
  | 'internal';

export class KeywardError extends Error {
  /** 'rate-limited': when the next attempt may succeed. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterSeconds?: number },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KeywardError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

export function isKeywardError(error: unknown, code?: ErrorCode): error is KeywardError {
  return error instanceof KeywardError && (code === undefined || error.code === code);
}

/** The CLI contract's exit statuses (issue 2, section 4). */
export function exitCodeFor(error: unknown): number {
  if (!(error instanceof KeywardError)) return 1;
  switch (error.code) {
    case 'invalid-input':
    case 'wrong-passphrase':
    case 'wrong-recovery-key':
      return 2;
    case 'keychain-unavailable':
    case 'vault-key-missing':
    case 'passphrase-required':
      return 3;
    case 'vault-unreadable':
      return 4;
    case 'not-found':
      return 5;
    default:
      return 1;
  }
}
