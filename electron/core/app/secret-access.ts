// The gate every secret passes before it leaves core over IPC (keys.copy, keys.reveal): a
// rate limit, then a confirmation main asks for with its own UI (ports.ts,
// ConfirmSecretAccess). Why: page script in a compromised renderer can call the bridge like
// the app does; it must not be able to take every secret out, and it cannot fake main's
// dialog or prompt. The CLI reads secrets through KeyService directly and is not limited.
// Invariants: a refused or rate-limited request reads no secret and writes nothing (no
// clipboard, no history); one confirmation lasts CONFIRMATION_MS or until lock, whichever
// comes first; a passphrase vault's confirmation holds only if core itself verified the
// passphrase, whatever the port answers.
import type { RequestOf } from '../../../shared/ipc/contract';
import { KeywardError } from '../errors';
import type { Clock, ConfirmSecretAccess } from './ports';

type SecretField = RequestOf<'keys.copy'>['field'];

/**
 * The fields that are secrets: confirmed and rate-limited. The API key is not (copying it asks
 * nothing); the OKX/other API passphrase is a secret like the secret.
 */
export const GUARDED_FIELDS: readonly string[] = ['secret', 'passphrase'];

export function isGuardedField(field: string): boolean {
  return GUARDED_FIELDS.includes(field);
}

/** One confirmation covers every copy and reveal for this long (or until lock). */
export const CONFIRMATION_MS = 5 * 60_000;
/** Copies and reveals of a secret in a row before the limit applies. */
export const SECRET_BURST = 5;
/** Then one more each this often. */
export const SECRET_REFILL_MS = 10_000;

/** A token bucket on the injected clock: `capacity` at once, one more every `refillMs`. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly capacity: number,
    private readonly refillMs: number,
    private readonly clock: Clock,
  ) {
    this.tokens = capacity;
    this.updatedAt = clock().getTime();
  }

  /** Takes one token; otherwise answers how long until the next one (ms). */
  take(): { ok: true } | { ok: false; retryInMs: number } {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryInMs: Math.ceil((1 - this.tokens) * this.refillMs) };
  }

  private refill(): void {
    const now = this.clock().getTime();
    // A clock that moved back refills nothing (and does not lend tokens).
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + elapsed / this.refillMs);
    this.updatedAt = now;
  }
}

export interface SecretAccessRequest {
  label: string;
  field: SecretField;
  action: 'copy' | 'reveal';
  /** The open vault has a passphrase: main asks for it rather than a yes/no. */
  hasPassphrase: boolean;
  verifyPassphrase: (passphrase: string) => Promise<boolean>;
}

const ACTION_TEXT = {
  copy: 'copied',
  reveal: 'revealed',
  rekey: 're-keyed',
  passphrase: 'changed',
} as const;

export class SecretAccessGate {
  private readonly bucket: TokenBucket;
  private confirmedUntil = 0;
  /** Bumped by every lock: an answer that arrives after a lock confirms nothing. */
  private epoch = 0;
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly confirm: ConfirmSecretAccess,
    private readonly clock: Clock,
  ) {
    this.bucket = new TokenBucket(SECRET_BURST, SECRET_REFILL_MS, clock);
  }

  /** Throws 'rate-limited' or 'access-refused' unless this copy or reveal may go ahead. */
  async authorize(request: SecretAccessRequest): Promise<void> {
    if (!isGuardedField(request.field)) return;
    const taken = this.bucket.take();
    if (!taken.ok) {
      const seconds = Math.max(1, Math.ceil(taken.retryInMs / 1000));
      throw new KeywardError(
        'rate-limited',
        `Too many secrets copied or revealed in a row; wait ${seconds} s and try again. Nothing was ${ACTION_TEXT[request.action]}.`,
        { retryAfterSeconds: seconds },
      );
    }
    if (this.clock().getTime() < this.confirmedUntil) return;
    const epoch = this.epoch;
    // Requests arriving while the user is being asked share that one answer.
    const asking = (this.pending ??= this.ask(request).finally(() => (this.pending = null)));
    const approved = await asking;
    if (!approved || epoch !== this.epoch) {
      throw new KeywardError(
        'access-refused',
        `Access to the secret of "${request.label}" was not confirmed; nothing was ${ACTION_TEXT[request.action]}.`,
      );
    }
  }

  /**
   * Re-keying hands the page a new recovery key and retires the one the user wrote down, so
   * page script must not do it alone: a keychain vault asks main every time (no 5-minute
   * window); a passphrase vault is confirmed by the current passphrase core checks itself.
   */
  async authorizeRekey(hasPassphrase: boolean): Promise<void> {
    return this.authorizeVaultChange('rekey', hasPassphrase);
  }

  /**
   * Setting a passphrase on a keychain vault (or re-keying it) changes what opens the vault,
   * so page script must not do it alone: main asks every time. A passphrase vault is confirmed
   * by its current passphrase, which core checks (vault-session.ts).
   */
  async authorizeVaultChange(
    action: 'rekey' | 'passphrase',
    hasPassphrase: boolean,
  ): Promise<void> {
    if (hasPassphrase) return;
    let approved = false;
    try {
      approved = await this.confirm({
        label: '',
        action,
        field: 'vault',
        kind: 'confirm',
      });
    } catch {
      approved = false; // a dialog that failed to show confirms nothing
    }
    if (!approved) {
      throw new KeywardError(
        'access-refused',
        action === 'rekey'
          ? 'Re-keying was not confirmed; the vault and its recovery key are unchanged.'
          : 'Setting the passphrase was not confirmed; the vault is unchanged.',
      );
    }
  }

  /** On lock: the next copy or reveal asks again. */
  reset(): void {
    this.epoch++;
    this.confirmedUntil = 0;
  }

  private async ask(request: SecretAccessRequest): Promise<boolean> {
    const epoch = this.epoch;
    const base = { label: request.label, action: request.action, field: request.field };
    let verified = false;
    let answer: boolean;
    try {
      answer = request.hasPassphrase
        ? await this.confirm({
            ...base,
            kind: 'passphrase',
            check: async (passphrase) => {
              const ok = await request.verifyPassphrase(passphrase);
              if (ok) verified = true;
              return ok;
            },
          })
        : await this.confirm({ ...base, kind: 'confirm' });
    } catch {
      answer = false; // a dialog that failed to show confirms nothing
    }
    // A passphrase vault is confirmed only by a passphrase core checked itself.
    const approved = answer === true && (!request.hasPassphrase || verified);
    if (approved && epoch === this.epoch) {
      this.confirmedUntil = this.clock().getTime() + CONFIRMATION_MS;
    }
    return approved;
  }
}
