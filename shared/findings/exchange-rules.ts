// Rules about what the exchange said at a key's last check (issue 11): drift between record
// and exchange, a key the exchange rejects, a key (or its trading permission) about to expire,
// and a key not checked for 30 days. Pure: the check is stored on the key (`lastCheck`).
import { PERMISSION_NAMES, type Permission } from '../domain/exchange';
import type { CheckDifference, DiagnosisCode } from '../domain/exchange-check';
import type { KeyRecord } from '../domain/key-record';
import { daysUntil, isoDay, plural } from './time';
import type { Finding } from './types';

/** Expiry within this many days is a finding (high); past it, critical. */
export const EXPIRY_WARNING_DAYS = 14;
/** An active key of a checkable exchange not checked for this long is a finding (info). */
export const UNCHECKED_DAYS = 30;
export const CHECKABLE_PROVIDERS = ['binance', 'okx', 'bybit', 'coinbase'] as const;

type Key = Pick<
  KeyRecord,
  'id' | 'label' | 'provider' | 'serviceId' | 'status' | 'createdAt' | 'lastRotatedAt' | 'lastCheck'
>;

function base(key: Key): Pick<Finding, 'keyId' | 'serviceId'> {
  return key.serviceId ? { keyId: key.id, serviceId: key.serviceId } : { keyId: key.id };
}

/** A short English phrase per diagnosis (the full message is shown with the check). */
export const DIAGNOSIS_SUMMARY: Record<DiagnosisCode, string> = {
  'unknown-key': 'the key is unknown to the exchange or was deleted',
  'bad-signature': 'the secret or passphrase stored here does not belong to the key',
  'ip-not-allowed': "the checking machine's IP address is not on the key's whitelist",
  'rate-limited': 'the exchange rate-limited the check',
  unreachable: 'the exchange could not be reached',
  'clock-skew': "the exchange refused the request's time",
  unsupported: 'the exchange cannot be asked',
};

const ACCEPT_FIX =
  'If the exchange is right, accept its answer as the record (keyward check <key> --accept, or Accept in the app); otherwise change the key at the exchange to match the record.';

function isPermissionField(field: string): Permission | null {
  const name = field.startsWith('permissions.') ? field.slice('permissions.'.length) : '';
  return name === 'read' || name === 'spotMargin' || name === 'futures' || name === 'withdrawals'
    ? name
    : null;
}

function driftFinding(key: Key, d: CheckDifference, grantsWithdrawals: boolean): Finding | null {
  const label = key.label;
  const permission = isPermissionField(d.field);
  const common = { ...base(key), rule: 'exchange-drift' as const, subject: d.field };
  if (permission !== null) {
    const name = PERMISSION_NAMES[permission];
    if (d.exchange === true) {
      const critical = permission === 'withdrawals';
      return {
        ...common,
        severity: critical ? 'critical' : 'high',
        message: `The exchange says "${label}" has ${name}, which its record does not: the key can do more than you think.`,
        fix: `Turn ${name} off for this key at the exchange unless it is meant to have it; if it is, accept the exchange's answer as the record.`,
        text: { message: 'granted', fix: 'granted', params: { label, permission } },
      };
    }
    return {
      ...common,
      severity: 'high',
      message: `"${label}" is recorded with ${name}, but the exchange says the key lacks it: whatever uses the key for that will fail.`,
      fix: ACCEPT_FIX,
      text: { message: 'lacking', fix: 'default', params: { label, permission } },
    };
  }
  if (d.field.startsWith('extras.')) {
    const extra = d.field.slice('extras.'.length);
    if (d.exchange === true) {
      return {
        ...common,
        severity: 'high',
        message: `The exchange says "${label}" has ${extra} switched on, which its record does not.`,
        fix: `Switch ${extra} off for this key at the exchange unless it is meant to have it; if it is, accept the exchange's answer as the record.`,
        text: { message: 'grantedExtra', fix: 'grantedExtra', params: { label, extra } },
      };
    }
    return {
      ...common,
      severity: 'low',
      message: `"${label}" is recorded with ${extra}, but the exchange says it is off.`,
      fix: ACCEPT_FIX,
      text: { message: 'lackingExtra', fix: 'default', params: { label, extra } },
    };
  }
  if (d.field === 'ipRestricted' && d.recorded === true && d.exchange === false) {
    return {
      ...common,
      severity: grantsWithdrawals ? 'critical' : 'high',
      message: `"${label}" is recorded with an IP whitelist, but the exchange says the key has none: a copy of it works from anywhere.`,
      fix: 'Restrict the key to the IP address of the server that uses it at the exchange again.',
      text: { message: 'whitelistRemoved', fix: 'whitelistRemoved', params: { label } },
    };
  }
  if (d.field === 'ipRestricted') {
    return {
      ...common,
      severity: 'low',
      message: `The exchange says "${label}" works only from listed IP addresses, but its record has no IP whitelist.`,
      fix: ACCEPT_FIX,
      text: { message: 'whitelistAdded', fix: 'default', params: { label } },
    };
  }
  if (d.field === 'ipWhitelist') {
    return {
      ...common,
      severity: 'medium',
      message: `The exchange lists other IP addresses for "${label}" than its record.`,
      fix: ACCEPT_FIX,
      text: { message: 'whitelistChanged', fix: 'default', params: { label } },
    };
  }
  return null;
}

export function exchangeDriftRule(key: Key): Finding[] {
  const check = key.lastCheck;
  if (!check || check.outcome !== 'drift' || !check.exchange) return [];
  const grantsWithdrawals = check.exchange.permissions.withdrawals;
  return check.differences.flatMap((d) => driftFinding(key, d, grantsWithdrawals) ?? []);
}

export function exchangeRejectedRule(key: Key): Finding[] {
  const check = key.lastCheck;
  if (!check || !check.diagnosis) return [];
  const date = isoDay(new Date(check.checkedAt));
  const code = check.diagnosis.code;
  if (check.outcome === 'rejected') {
    return [
      {
        ...base(key),
        rule: 'exchange-rejected',
        severity: 'high',
        subject: code,
        message: `"${key.label}" no longer works: on ${date} the exchange refused it (${DIAGNOSIS_SUMMARY[code]}).`,
        fix: 'Look for the key at the exchange: if it was deleted or expired, rotate it or remove it here; if the secret or passphrase is wrong, enter the right one. Then check again.',
        text: {
          message: 'rejected',
          fix: 'rejected',
          params: { label: key.label, date, diagnosis: code },
        },
      },
    ];
  }
  if (check.outcome === 'ip-blocked') {
    return [
      {
        ...base(key),
        rule: 'exchange-rejected',
        severity: 'medium',
        subject: code,
        message: `On ${date} the exchange refused "${key.label}" from the machine that checked it: its IP address is not on the key's whitelist (on Binance, the key may also be deleted).`,
        fix: "Run the check where the key is allowed, e.g. keyward check on the bot's server.",
        text: { message: 'ipBlocked', fix: 'ipBlocked', params: { label: key.label, date } },
      },
    ];
  }
  return [];
}

export function exchangeExpiryRule(key: Key, now: Date): Finding[] {
  const expiresAt = key.lastCheck?.exchange?.expiresAt;
  if (!expiresAt) return [];
  const at = new Date(expiresAt);
  const days = daysUntil(at, now);
  if (days > EXPIRY_WARNING_DAYS) return [];
  const date = isoDay(at);
  // Binance's date is when Spot & Margin trading lapses; the others' is the key's own.
  const trading = key.provider === 'binance';
  const what = trading ? 'its Spot & Margin Trading permission' : 'the key';
  const expired = days <= 0;
  return [
    {
      ...base(key),
      rule: 'exchange-expiry',
      severity: expired ? 'critical' : 'high',
      message: expired
        ? `The exchange says ${what} of "${key.label}" expired on ${date}: whatever uses it can no longer ${trading ? 'trade' : 'work'}.`
        : `The exchange says ${what} of "${key.label}" expires on ${date}, in ${plural(days, 'day')}.`,
      fix: 'Bind the key to the IP address of the server that uses it at the exchange (whitelisted keys do not expire), or rotate it before then.',
      text: {
        message: `${trading ? 'trading' : 'key'}${expired ? 'Expired' : 'Expires'}`,
        fix: 'default',
        params: expired ? { label: key.label, date } : { label: key.label, date, count: days },
      },
    },
  ];
}

export function exchangeUncheckedRule(key: Key, now: Date): Finding[] {
  if (key.status !== 'active') return [];
  if (!(CHECKABLE_PROVIDERS as readonly string[]).includes(key.provider)) return [];
  // A key added (or rotated in) less than 30 days ago is not flagged.
  const since = new Date(key.lastCheck?.checkedAt ?? key.lastRotatedAt ?? key.createdAt);
  if (daysUntil(now, since) <= UNCHECKED_DAYS) return [];
  const last = key.lastCheck ? isoDay(new Date(key.lastCheck.checkedAt)) : null;
  return [
    {
      ...base(key),
      rule: 'exchange-unchecked',
      severity: 'info',
      message: last
        ? `"${key.label}" was last checked with the exchange on ${last}: what it can really do may have changed since.`
        : `"${key.label}" has never been checked with the exchange: what it can really do is only what was recorded.`,
      fix: 'Check it: keyward check, or Check with exchange in the app.',
      text: {
        message: last ? 'stale' : 'never',
        fix: 'default',
        params: last ? { label: key.label, date: last } : { label: key.label },
      },
    },
  ];
}
