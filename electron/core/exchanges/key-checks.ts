// The check workflow on the vault: which keys to check, running the checks (outside the
// vault lock: they wait on the network), keeping each key's last check, accepting the
// exchange's answer as the record, and verifying a rotation (new key accepted, old rejected).
// Invariant: what is stored and returned is facts and diagnoses, never a secret.
import { CHECK_OUTCOMES, type KeyCheck } from '../../../shared/domain/exchange-check';
import type { KeyRecord, VaultData } from '../../../shared/domain/key-record';
import {
  acceptExchangeFacts,
  compareWithExchange,
  outcomeOf,
} from '../../../shared/exchange-check/compare';
import { CHECKABLE_PROVIDERS } from '../../../shared/findings/exchange-rules';
import { KeywardError } from '../errors';
import { findKeyOrNull } from '../keys/find-key';
import type { VaultStore } from '../vault/vault-store';
import type { AdapterResult } from './adapter';
import type { ExchangeChecker } from './check-service';
import { credentialOf, pendingCredentialOf, recordedAccessOf } from './credential-of';

/** One key's check as `keyward check --json` prints it. */
export interface CheckReport extends KeyCheck {
  keyId: string;
  label: string;
  provider: KeyRecord['provider'];
  /** Fields the user accepted from the exchange in this run (--accept); empty otherwise. */
  accepted: string[];
}

export function checkJson(report: CheckReport): Record<string, unknown> {
  return {
    keyId: report.keyId,
    label: report.label,
    provider: report.provider,
    host: report.host,
    checkedAt: report.checkedAt,
    outcome: report.outcome,
    exchange: report.exchange,
    differences: report.differences,
    diagnosis: report.diagnosis,
  };
}

/** Keys a plain `keyward check` covers: active keys of an exchange that can be asked. */
export function defaultCheckKeys(data: Pick<VaultData, 'keys'>): KeyRecord[] {
  return data.keys.filter(
    (k) => k.status === 'active' && (CHECKABLE_PROVIDERS as readonly string[]).includes(k.provider),
  );
}

export interface RotationVerification {
  label: string;
  newAccepted: boolean;
  oldRejected: boolean;
  newResult: AdapterResult;
  oldResult: AdapterResult;
  verified: boolean;
  message: string;
}

export class KeyCheckService {
  constructor(
    private readonly store: VaultStore,
    private readonly checker: ExchangeChecker,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private resolve(data: VaultData, refs: readonly string[]): KeyRecord[] {
    if (refs.length === 0) return defaultCheckKeys(data);
    const keys: KeyRecord[] = [];
    for (const ref of refs) {
      const key = findKeyOrNull(data, ref);
      if (!key) throw new KeywardError('not-found', `No key "${ref}" in the vault.`);
      if (!keys.includes(key)) keys.push(key);
    }
    return keys;
  }

  /** Checks the keys (every active key of a checkable exchange when none is named). */
  async check(
    refs: readonly string[],
    options: { accept?: boolean; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<CheckReport[]> {
    const keys = this.resolve(await this.store.read(), refs);
    const checks = await this.checker.checkAll(
      keys.map((key) => ({ credential: credentialOf(key), recorded: recordedAccessOf(key) })),
      options.onProgress,
    );
    return this.store.update((data) =>
      keys.map((checked, i) => {
        const check = checks[i]!;
        const base = { keyId: checked.id, label: checked.label, provider: checked.provider };
        const key = data.keys.find((k) => k.id === checked.id);
        // The key changed meanwhile (new material, removed): the answer is not about it.
        if (!key || key.apiKey !== checked.apiKey || key.secret !== checked.secret) {
          return { ...base, ...check, accepted: [] };
        }
        let stored = check;
        let accepted: string[] = [];
        if (options.accept && check.exchange && check.outcome === 'drift') {
          accepted = this.applyFacts(key, check);
          const differences = compareWithExchange(recordedAccessOf(key), check.exchange);
          stored = { ...check, differences, outcome: outcomeOf(differences) };
        }
        key.lastCheck = stored;
        return { ...base, ...stored, accepted };
      }),
    );
  }

  /** Accepts a key's last check as its record (the app's Accept button). */
  async acceptLastCheck(ref: string): Promise<string[]> {
    return this.store.update((data) => {
      const key = findKeyOrNull(data, ref);
      if (!key) throw new KeywardError('not-found', `No key "${ref}" in the vault.`);
      const check = key.lastCheck;
      if (!check?.exchange) {
        throw new KeywardError(
          'invalid-input',
          `"${key.label}" has no answer from the exchange to accept: check it first.`,
        );
      }
      const accepted = this.applyFacts(key, check);
      const differences = compareWithExchange(recordedAccessOf(key), check.exchange);
      key.lastCheck = { ...check, differences, outcome: outcomeOf(differences) };
      return accepted;
    });
  }

  private applyFacts(key: KeyRecord, check: KeyCheck): string[] {
    if (!check.exchange) return [];
    const fields = check.differences.map((d) => d.field);
    Object.assign(key, acceptExchangeFacts(recordedAccessOf(key), check.exchange));
    key.history.push({
      at: this.now().toISOString(),
      type: 'exchange-accepted',
      detail: `accepted the exchange's answer of ${check.checkedAt.slice(0, 10)} (${check.host})`,
      fields: fields.slice(0, 40).map((f) => f.slice(0, 40)),
    });
    return fields;
  }

  /**
   * Rotation check from this machine: the new key (recorded at step 1) must be accepted and
   * the old one rejected. Only a success of the new key makes the old key's rejection mean
   * "revoked" rather than "wrong IP". Records the result in the key's history.
   */
  async verifyRotation(ref: string): Promise<RotationVerification> {
    const data = await this.store.read();
    const key = findKeyOrNull(data, ref);
    if (!key) throw new KeywardError('not-found', `No key "${ref}" in the vault.`);
    if (!key.rotation) {
      throw new KeywardError('invalid-input', `"${key.label}" is not being rotated.`);
    }
    const oldCredential = credentialOf(key);
    const newCredential = pendingCredentialOf(key);
    if (!oldCredential || oldCredential.provider === 'kraken') {
      throw new KeywardError(
        'invalid-input',
        `Keyward cannot ask ${key.provider} about a key, so it cannot verify this rotation; check at the exchange that the old key is deleted.`,
      );
    }
    if (!newCredential) {
      throw new KeywardError(
        'invalid-input',
        `Record the new key of "${key.label}" first (keyward rotate "${key.label}" new).`,
      );
    }
    const whitelisted = key.ipWhitelist.length > 0;
    const [newResult, oldResult] = await Promise.all([
      this.checker.probe(newCredential, whitelisted),
      this.checker.probe(oldCredential, whitelisted),
    ]);
    const newAccepted = newResult.ok;
    const oldRejected =
      !oldResult.ok &&
      (oldResult.diagnosis.code === 'unknown-key' ||
        // Binance -2015 on a whitelisted key: with the new key accepted from this same
        // machine, the IP is allowed, so the old key's refusal means it is gone.
        (newAccepted && oldResult.diagnosis.code === 'ip-not-allowed'));
    const verified = newAccepted && oldRejected;
    const parts: string[] = [];
    parts.push(
      newAccepted
        ? 'the new key is accepted'
        : `the new key is NOT accepted (${newResult.ok ? '' : newResult.diagnosis.message})`,
    );
    parts.push(
      oldRejected
        ? 'the old key is rejected'
        : oldResult.ok
          ? 'the old key still works: delete it at the exchange'
          : `the old key's answer does not prove it is deleted (${oldResult.diagnosis.message})`,
    );
    const message = `Rotation of "${key.label}": ${parts.join('; ')}.`;
    await this.store.update((d) => {
      const k = d.keys.find((x) => x.id === key.id);
      if (!k) return;
      k.history.push({
        at: this.now().toISOString(),
        type: 'rotation-verified',
        detail: verified
          ? 'verified from this machine: new key accepted, old key rejected'
          : `not verified: ${newAccepted ? 'new key accepted' : 'new key not accepted'}, ${oldRejected ? 'old key rejected' : 'old key not rejected'}`,
      });
    });
    return { label: key.label, newAccepted, oldRejected, newResult, oldResult, verified, message };
  }
}

/** Exit status of `keyward check`: 0 when every key checked is ok, 1 otherwise. */
export function checkExitCode(reports: readonly CheckReport[]): number {
  return reports.every((r) => r.outcome === 'ok') ? 0 : 1;
}

export { CHECK_OUTCOMES };
