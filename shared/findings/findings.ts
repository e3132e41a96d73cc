// The findings engine: every rule of issue 3 section 2 over a whole vault, in a stable order
// (severity, then key label, then rule). Pure: the renderer runs it live, core runs it for
// `keyward audit` and reminders.
import type { KeyRecord, VaultData } from '../domain/key-record';
import { markAccepted } from './accepted';
import { isLiveKey } from './due-dates';
import {
  binanceLapseRule,
  compromisedRule,
  customPermissionRule,
  excessPermissionRule,
  ipWhitelistRule,
  missingPermissionRule,
  rotationRule,
  vagueLabelRule,
  withdrawalsRule,
} from './key-rules';
import { excessExtraRule, missingPassphraseRule } from './credential-rules';
import {
  exchangeDriftRule,
  exchangeExpiryRule,
  exchangeRejectedRule,
  exchangeUncheckedRule,
} from './exchange-rules';
import { plaintextCopyRule } from './plaintext-rules';
import type { Finding } from './types';
import { RULES, severityRank } from './types';
import { accountLimitRule, auditRule, serviceRedFlagRule, sharedApiKeyRule } from './vault-rules';

/** The findings of one key that depend on nothing but the key (and its service). */
export function keyFindings(
  key: KeyRecord,
  data: Pick<VaultData, 'services' | 'scan'>,
  now: Date,
): Finding[] {
  // A compromised key needs its leak response finished; everything else about it is moot.
  if (key.status === 'compromised') return compromisedRule(key);
  // A revoked key no longer works at the exchange: nothing left to fix.
  if (!isLiveKey(key)) return [];
  const service = key.serviceId ? data.services.find((s) => s.id === key.serviceId) : undefined;
  const list = [
    ...withdrawalsRule(key),
    ...missingPassphraseRule(key),
    ...excessPermissionRule(key),
    ...excessExtraRule(key),
    ...missingPermissionRule(key),
    ...customPermissionRule(key),
    ...ipWhitelistRule(key),
    ...binanceLapseRule(key, now),
    ...rotationRule(key, now),
    ...serviceRedFlagRule(key, service),
    ...vagueLabelRule(key, service?.name ?? null),
    ...exchangeDriftRule(key),
    ...exchangeRejectedRule(key),
    ...exchangeExpiryRule(key, now),
    ...exchangeUncheckedRule(key, now),
    ...plaintextCopyRule(key, data.scan?.hits ?? []),
  ];
  return markAccepted(list, [key], now);
}

export function findings(data: VaultData, now: Date): Finding[] {
  const all: Finding[] = [
    ...data.keys.flatMap((key) => keyFindings(key, data, now)),
    ...sharedApiKeyRule(data.keys),
    ...accountLimitRule(data.keys),
    ...auditRule(data, now),
  ];
  // Key findings are marked by keyFindings; the vault-wide ones about a key here.
  return sortFindings(markAccepted(all, data.keys, now), data.keys);
}

function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Severity, then the key's label (vault-wide findings first), then the rule in RULES order,
 * then the subject, then the message: a total order, so equal vaults list equal findings.
 */
export function sortFindings(
  list: readonly Finding[],
  keys: readonly Pick<KeyRecord, 'id' | 'label'>[],
): Finding[] {
  const labels = new Map(keys.map((k) => [k.id, k.label]));
  const labelOf = (f: Finding): string => (f.keyId ? (labels.get(f.keyId) ?? f.keyId) : '');
  return [...list].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      compareText(labelOf(a), labelOf(b)) ||
      RULES.indexOf(a.rule) - RULES.indexOf(b.rule) ||
      compareText(a.subject ?? '', b.subject ?? '') ||
      compareText(a.keyId ?? '', b.keyId ?? '') ||
      compareText(a.message, b.message),
  );
}
