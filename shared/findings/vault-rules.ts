// Rules that look across records: the monthly audit, one API key stored twice, keys per
// account, and the red flags of a key's service.
import { MAX_KEYS_PER_ACCOUNT, PROVIDER_DISPLAY_NAMES, type Provider } from '../domain/exchange';
import type { KeyRecord, RedFlag, ServiceRecord, VaultData } from '../domain/key-record';
import { RED_FLAGS, RED_FLAG_TEXT } from '../domain/key-record';
import { auditDue, isLiveKey } from './due-dates';
import { addMonthsUtc, daysUntil, isoDay, plural } from './time';
import type { Finding } from './types';

/** An account this full gets a warning before it hits the exchange's limit. */
export const ACCOUNT_KEYS_WARNING = 25;

export function auditRule(data: Pick<VaultData, 'keys'>, now: Date): Finding[] {
  const due = auditDue(data);
  if (due === null || now < due) return [];
  const longOverdue = now > addMonthsUtc(due, 2);
  const late = -daysUntil(due, now);
  return [
    {
      rule: 'audit-due',
      severity: longOverdue ? 'medium' : 'low',
      message: longOverdue
        ? `The monthly audit has been overdue since ${isoDay(due)} (${plural(late, 'day')}): unused keys and widened permissions go unnoticed.`
        : `The monthly audit is due (since ${isoDay(due)}).`,
      fix: "Run the audit: review every key, delete unused ones, check permissions and IP whitelists against each key's use case, and look through the exchange's API call logs.",
      text: {
        message: longOverdue ? 'overdue' : 'due',
        fix: 'default',
        params: longOverdue ? { date: isoDay(due), count: late } : { date: isoDay(due) },
      },
    },
  ];
}

/** The same API key under two labels or services: a breach at one is a breach at both. */
export function sharedApiKeyRule(keys: readonly KeyRecord[]): Finding[] {
  const byApiKey = new Map<string, KeyRecord[]>();
  for (const key of keys) {
    const apiKey = key.apiKey.trim();
    if (apiKey === '' || key.status === 'revoked') continue;
    byApiKey.set(apiKey, [...(byApiKey.get(apiKey) ?? []), key]);
  }
  const out: Finding[] = [];
  for (const group of byApiKey.values()) {
    if (group.length < 2) continue;
    for (const key of group) {
      const others = group
        .filter((k) => k !== key)
        .map((k) => `"${k.label}"`)
        .join(', ');
      out.push({
        rule: 'shared-api-key',
        severity: 'high',
        keyId: key.id,
        ...(key.serviceId ? { serviceId: key.serviceId } : {}),
        message: `"${key.label}" holds the same API key as ${others}: a breach at one service could not be contained by disabling one key.`,
        fix: 'Create a separate key for each service at the exchange, give each its own entry here, and delete the shared one.',
        text: { message: 'default', fix: 'default', params: { label: key.label, others } },
      });
    }
  }
  return out;
}

const accountName = (account: string): string => (account === '' ? '(unnamed account)' : account);

/** Binance allows 30 keys per account; warn at 25, alarm above 30. */
export function accountLimitRule(keys: readonly KeyRecord[]): Finding[] {
  const counts = new Map<string, { provider: Provider; account: string; n: number }>();
  for (const key of keys) {
    if (!isLiveKey(key)) continue;
    const id = `${key.provider}:${key.account.trim()}`;
    const entry = counts.get(id) ?? { provider: key.provider, account: key.account.trim(), n: 0 };
    entry.n += 1;
    counts.set(id, entry);
  }
  const out: Finding[] = [];
  for (const [subject, { provider, account, n }] of counts) {
    if (n < ACCOUNT_KEYS_WARNING) continue;
    const over = n > MAX_KEYS_PER_ACCOUNT;
    out.push({
      rule: 'account-key-limit',
      severity: over ? 'high' : 'low',
      subject,
      message: over
        ? `The ${PROVIDER_DISPLAY_NAMES[provider]} account ${accountName(account)} has ${n} keys, more than the ${MAX_KEYS_PER_ACCOUNT} an account can hold: some of these entries are stale or belong to another account.`
        : `The ${PROVIDER_DISPLAY_NAMES[provider]} account ${accountName(account)} has ${n} keys, close to the limit of ${MAX_KEYS_PER_ACCOUNT} per account.`,
      fix: 'Delete the keys that are no longer used, at the exchange and here; keep only keys in use.',
      text: {
        message: over ? 'over' : 'near',
        fix: 'default',
        params: { provider, account, keys: n, max: MAX_KEYS_PER_ACCOUNT },
      },
    });
  }
  return out;
}

const FLAG_SEVERITY: Record<RedFlag, 'high' | 'medium'> = {
  'asks-withdrawals': 'high',
  'asks-disable-ip-whitelist': 'high',
  'no-ip-whitelist-support': 'medium',
  'no-security-docs': 'medium',
  'vague-operator': 'medium',
  'unrealistic-returns': 'medium',
};

const FLAG_FIX: Record<RedFlag, string> = {
  'asks-withdrawals': 'Do not grant Withdrawals to this service; if it insists, stop using it.',
  'asks-disable-ip-whitelist':
    'Never disable the IP whitelist for a service; find one that publishes its IP addresses.',
  'no-ip-whitelist-support':
    'Prefer a service that publishes static IP addresses, and give this key the fewest permissions possible.',
  'no-security-docs':
    'Ask the service how it stores API keys, or move to one that documents it; keep this key read-only if you can.',
  'vague-operator': 'Find out who runs the service before trusting it with a key that can trade.',
  'unrealistic-returns':
    'Treat promised returns as a warning sign of a scam; consider revoking this key.',
};

/** One finding per red flag answered "yes" on the key's service. */
export function serviceRedFlagRule(
  key: Pick<KeyRecord, 'id' | 'label' | 'serviceId'>,
  service: ServiceRecord | undefined,
): Finding[] {
  if (!service) return [];
  return RED_FLAGS.filter((flag) => service.assessment.flags[flag] === 'yes').map((flag) => ({
    rule: 'service-red-flag' as const,
    severity: FLAG_SEVERITY[flag],
    keyId: key.id,
    serviceId: service.id,
    subject: flag,
    message: `"${key.label}" is used by ${service.name}, which ${RED_FLAG_TEXT[flag]}.`,
    fix: FLAG_FIX[flag],
    text: {
      message: 'default',
      fix: flag,
      params: { label: key.label, service: service.name, flag },
    },
  }));
}
