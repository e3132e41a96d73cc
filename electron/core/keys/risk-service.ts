// Accepting a finding until a date, and withdrawing that. Every change goes through
// VaultStore.update (locked, re-read, saved atomically) and is kept in the key's history.
// Invariant: only open findings of the key can be accepted, for at most MAX_ACCEPT_DAYS.
import type { ZodError } from 'zod';
import { describeIssues, riskAcceptanceSchema } from '../../../shared/domain/key-input';
import { findings } from '../../../shared/findings';
import { KeywardError } from '../errors';
import type { VaultStore } from '../vault/vault-store';
import { findKey } from './key-service';

/** An acceptance is re-decided at least once a year. */
export const MAX_ACCEPT_DAYS = 365;
const DAY_MS = 86_400_000;

function invalid(error: ZodError): KeywardError {
  return new KeywardError('invalid-input', `The risk was not accepted: ${describeIssues(error)}.`);
}

function describe(rule: string, subject: string | undefined): string {
  return subject ? `${rule} (${subject})` : rule;
}

export class RiskService {
  constructor(
    private readonly store: VaultStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Accepts the key's open finding `rule` (narrowed by `subject`) through the day `until`. */
  async accept(ref: string, input: unknown): Promise<{ label: string; until: string }> {
    const parsed = riskAcceptanceSchema.safeParse(input);
    if (!parsed.success) throw invalid(parsed.error);
    const { rule, subject, note } = parsed.data;
    return this.store.update((data) => {
      const now = this.clock();
      const key = findKey(data, ref);
      // Through the end of the chosen day, in UTC (as the due dates count days).
      const until = new Date(Date.parse(`${parsed.data.until}T00:00:00Z`) + DAY_MS);
      if (until.getTime() <= now.getTime()) {
        throw new KeywardError(
          'invalid-input',
          'The risk was not accepted: choose a day after today.',
        );
      }
      if (until.getTime() - now.getTime() > (MAX_ACCEPT_DAYS + 1) * DAY_MS) {
        throw new KeywardError(
          'invalid-input',
          `The risk was not accepted: choose a day at most ${MAX_ACCEPT_DAYS} days ahead, then decide again.`,
        );
      }
      const open = findings(data, now).filter(
        (f) =>
          f.keyId === key.id && f.rule === rule && (subject === undefined || f.subject === subject),
      );
      if (open.length === 0) {
        throw new KeywardError(
          'invalid-input',
          `The risk was not accepted: "${key.label}" has no finding ${describe(rule, subject)} ('keyward audit' lists its findings).`,
        );
      }
      const at = now.toISOString();
      const kept = (key.acceptedRisks ?? []).filter(
        (r) => !(r.rule === rule && r.subject === subject),
      );
      key.acceptedRisks = [
        ...kept,
        { rule, ...(subject ? { subject } : {}), until: until.toISOString(), note, at },
      ];
      key.history.push({
        at,
        type: 'risk-accepted',
        detail: `${describe(rule, subject)} accepted through ${parsed.data.until}: ${note}`,
      });
      return { label: key.label, until: until.toISOString() };
    });
  }

  /** Withdraws an acceptance: the finding is open again at once. */
  async withdraw(ref: string, rule: string, subject?: string): Promise<{ label: string }> {
    return this.store.update((data) => {
      const key = findKey(data, ref);
      const matches = (r: { rule: string; subject?: string }) =>
        r.rule === rule && (subject === undefined || r.subject === subject);
      const before = key.acceptedRisks ?? [];
      if (!before.some(matches)) {
        throw new KeywardError(
          'invalid-input',
          `"${key.label}" has no accepted risk ${describe(rule, subject)}; nothing was changed.`,
        );
      }
      key.acceptedRisks = before.filter((r) => !matches(r));
      key.history.push({
        at: this.clock().toISOString(),
        type: 'risk-acceptance-withdrawn',
        detail: describe(rule, subject),
      });
      return { label: key.label };
    });
  }
}
