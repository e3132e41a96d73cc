// What the findings engine reports. A finding names a key (or a service, or the whole vault),
// says why it matters (message) and what to do about it (fix).
// Invariant: no finding ever carries a secret or a full API key; labels and service names are
// fine (findings are shown only while the vault is unlocked).

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULES = [
  'withdrawals-enabled',
  'excess-permission',
  'excess-extra',
  'missing-passphrase',
  'missing-permission',
  'custom-permission',
  'no-ip-whitelist',
  'binance-trading-lapse',
  'rotation-due',
  'rotation-overdue',
  'rotation-interval-too-long',
  'audit-due',
  'shared-api-key',
  'account-key-limit',
  'service-red-flag',
  'compromised-unresolved',
  'vague-label',
  'exchange-drift',
  'exchange-rejected',
  'exchange-expiry',
  'exchange-unchecked',
  'plaintext-copy',
] as const;
export type RuleId = (typeof RULES)[number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The key the finding is about; absent for vault-wide findings (audit, account limit). */
  keyId?: string;
  /** The service involved (red flags; a key's service). */
  serviceId?: string;
  /**
   * What within the rule: the permission (excess/missing/custom-permission), the extra id
   * (excess-extra), the red flag
   * (service-red-flag), or `provider:account` (account-key-limit). Used for stable order and
   * for the UI to point at the right checkbox; never secret.
   */
  subject?: string;
  /** Why it matters, naming the key by label. */
  message: string;
  /** What to do about it. */
  fix: string;
  /**
   * What message and fix are worded from, so the UI can word them in the user's language
   * (see FindingText). Absent on findings made elsewhere: the UI shows message and fix as is.
   */
  text?: FindingText;
  /** The user accepted this risk until a date, with a reason (see shared/findings/accepted.ts). */
  accepted?: { until: string; note: string };
}

/**
 * Values a finding's text is built from: labels, dates (YYYY-MM-DD), numbers (`count` is the
 * one a text's plural form follows), and ids the UI names in its language (`permission`,
 * `useCase`, `explain` (a permission whose effect is described), `flag`, `provider`, and
 * `account` where '' means unnamed). Never a secret.
 */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * Which wording of its rule's message and fix a finding uses (a rule may have several, e.g.
 * withdrawals guarded by an IP whitelist or not), and the values filled in. The English of
 * `message.<variant>` with `params` is exactly `Finding.message`; likewise for the fix.
 */
export interface FindingText {
  message: string;
  fix: string;
  params: FindingParams;
}

/** The shape `keyward audit --json` prints: exactly these seven fields per finding (no `text`). */
export interface FindingJson {
  rule: RuleId;
  severity: Severity;
  keyId: string | null;
  serviceId: string | null;
  message: string;
  fix: string;
  /** When the user accepted this finding, until when (ISO 8601); else null. */
  acceptedUntil: string | null;
}

export function toFindingJson(f: Finding): FindingJson {
  return {
    rule: f.rule,
    severity: f.severity,
    keyId: f.keyId ?? null,
    serviceId: f.serviceId ?? null,
    message: f.message,
    fix: f.fix,
    acceptedUntil: f.accepted?.until ?? null,
  };
}

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** A critical finding the user has not accepted: what makes `keyward audit` exit 1. */
export function hasCritical(list: readonly Finding[]): boolean {
  return list.some((f) => f.severity === 'critical' && !f.accepted);
}
