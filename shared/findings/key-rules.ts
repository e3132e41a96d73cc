// Rules about one key on its own: permissions, IP whitelist, Binance's lapse, rotation,
// label, and an unresolved leak. Each returns the findings for that key (possibly none).
import {
  MAX_RECOMMENDED_ROTATION_DAYS,
  PERMISSION_NAMES,
  PERMISSIONS,
  USE_CASE_NAMES,
  USE_CASE_PERMISSIONS,
} from '../domain/exchange';
import {
  CREDENTIALS,
  excessExtras,
  excessPermissionsFor,
  extraName,
  OKX_PASSPHRASE_SENTENCE,
} from '../domain/credentials';
import type { KeyRecord } from '../domain/key-record';
import { binanceTradingLapse, rotationDue } from './due-dates';
import { PERMISSION_EXPLANATIONS } from './explain';
import { isVagueLabel } from './label';
import { daysUntil, isoDay, plural } from './time';
import type { Finding } from './types';

/** Rotation is "due soon" this many days ahead. */
export const ROTATION_DUE_SOON_DAYS = 14;

type Key = Pick<
  KeyRecord,
  | 'id'
  | 'label'
  | 'provider'
  | 'useCase'
  | 'permissions'
  | 'ipWhitelist'
  | 'serviceId'
  | 'lastRotatedAt'
  | 'rotationIntervalDays'
  | 'status'
  | 'incident'
  | 'extras'
  | 'passphrase'
>;

function base(key: Key): Pick<Finding, 'keyId' | 'serviceId'> {
  return key.serviceId ? { keyId: key.id, serviceId: key.serviceId } : { keyId: key.id };
}

export function withdrawalsRule(key: Key): Finding[] {
  if (!key.permissions.withdrawals) return [];
  const guarded = key.useCase === 'auto-transfer' && key.ipWhitelist.length > 0;
  if (guarded) {
    return [
      {
        ...base(key),
        rule: 'withdrawals-enabled',
        severity: 'medium',
        message: `"${key.label}" can withdraw funds. It is an auto-transfer key restricted to ${plural(key.ipWhitelist.length, 'IP entry', 'IP entries')}, but a stolen copy used from that server could still move assets out.`,
        fix: "Keep the IP whitelist to the one server that needs it, and turn on the exchange's withdrawal address whitelist so funds can only go to your own addresses.",
        text: {
          message: 'guarded',
          fix: 'guarded',
          params: { label: key.label, count: key.ipWhitelist.length },
        },
      },
    ];
  }
  return [
    {
      ...base(key),
      rule: 'withdrawals-enabled',
      severity: 'critical',
      message: `"${key.label}" can withdraw funds: whoever holds this key can move your assets to an address of their own. It is the most dangerous setting a key has.`,
      fix:
        key.useCase === 'auto-transfer'
          ? "Restrict the key to your server's static IP address at the exchange, or turn Withdrawals off."
          : 'Turn off Withdrawals for this key at the exchange and here; almost no service needs it.',
      text: {
        message: 'open',
        fix: key.useCase === 'auto-transfer' ? 'autoTransfer' : 'open',
        params: { label: key.label },
      },
    },
  ];
}

/** Least privilege: a permission the use case's row does not need (DOMAIN.md's table). */
export function excessPermissionRule(key: Key): Finding[] {
  return excessPermissionsFor(key.provider, key.useCase, key.permissions).map((p) => ({
    ...base(key),
    rule: 'excess-permission' as const,
    severity: 'high' as const,
    subject: p,
    message: `"${key.label}" has ${PERMISSION_NAMES[p]}, which a ${USE_CASE_NAMES[key.useCase].toLowerCase()} key does not need; it ${PERMISSION_EXPLANATIONS[p]}.`,
    fix: `Turn off ${PERMISSION_NAMES[p]} for this key at the exchange and here, or choose the use case that really needs it.`,
    text: {
      message: 'default',
      fix: 'default',
      params: { label: key.label, permission: p, useCase: key.useCase, explain: p },
    },
  }));
}

/** Least privilege for the exchange's other switches (extras), as for the four. */
export function excessExtraRule(key: Key): Finding[] {
  return excessExtras(key.useCase, key.extras).map((extra) => ({
    ...base(key),
    rule: 'excess-extra' as const,
    severity: 'high' as const,
    subject: extra,
    message: `"${key.label}" has ${extraName(extra)}, which a ${USE_CASE_NAMES[key.useCase].toLowerCase()} key does not need.`,
    fix: `Turn off ${extraName(extra)} for this key at the exchange and here, or choose the use case that really needs it.`,
    text: {
      message: 'default',
      fix: 'default',
      params: { label: key.label, extra: extraName(extra), useCase: key.useCase },
    },
  }));
}

/**
 * An exchange that issues an API passphrase (OKX) refuses every call without it. Old records
 * (before the passphrase was stored) are kept and reported, never dropped.
 */
export function missingPassphraseRule(key: Key): Finding[] {
  if (CREDENTIALS[key.provider].passphrase !== 'required') return [];
  if ((key.passphrase ?? '') !== '') return [];
  return [
    {
      ...base(key),
      rule: 'missing-passphrase',
      severity: 'high',
      message: `"${key.label}" has no API passphrase recorded: OKX refuses every call without it, so no program can use this key from Keyward.`,
      fix: `If you know it, record it (Edit, or keyward set-api-passphrase "${key.label}"). ${OKX_PASSPHRASE_SENTENCE}`,
      text: { message: 'default', fix: 'default', params: { label: key.label } },
    },
  ];
}

/** A permission the use case needs but the key lacks: the service will likely fail. */
export function missingPermissionRule(key: Key): Finding[] {
  if (key.useCase === 'custom') return [];
  const needed = USE_CASE_PERMISSIONS[key.useCase];
  return PERMISSIONS.filter((p) => needed[p] && !key.permissions[p]).map((p) => ({
    ...base(key),
    rule: 'missing-permission' as const,
    severity: 'info' as const,
    subject: p,
    message: `"${key.label}" lacks ${PERMISSION_NAMES[p]}, which a ${USE_CASE_NAMES[key.useCase].toLowerCase()} key usually needs.`,
    fix: `If the service reports errors, enable ${PERMISSION_NAMES[p]} at the exchange and here; otherwise nothing to do.`,
    text: {
      message: 'default',
      fix: 'default',
      params: { label: key.label, permission: p, useCase: key.useCase },
    },
  }));
}

/**
 * Custom keys have no fixed row: every grant that can move or risk funds is explained so the
 * user decides knowingly (Read is harmless; the UI explains it beside its checkbox).
 */
export function customPermissionRule(key: Key): Finding[] {
  if (key.useCase !== 'custom') return [];
  return PERMISSIONS.filter((p) => p !== 'read' && key.permissions[p]).map((p) => ({
    ...base(key),
    rule: 'custom-permission' as const,
    severity: 'info' as const,
    subject: p,
    message: `"${key.label}" has ${PERMISSION_NAMES[p]}: it ${PERMISSION_EXPLANATIONS[p]}.`,
    fix: `Keep ${PERMISSION_NAMES[p]} only if the key's job needs it.`,
    text: {
      message: 'default',
      fix: 'default',
      params: { label: key.label, permission: p, explain: p },
    },
  }));
}

export function ipWhitelistRule(key: Key): Finding[] {
  if (key.ipWhitelist.length > 0) return [];
  const { withdrawals, spotMargin, futures } = key.permissions;
  if (withdrawals) {
    return [
      {
        ...base(key),
        rule: 'no-ip-whitelist',
        severity: 'critical',
        message: `"${key.label}" can withdraw funds from any IP address in the world.${key.provider === 'binance' ? ' Binance refuses to enable withdrawals on a key without an IP restriction anyway.' : ''}`,
        fix: 'Restrict the key to the static IP address of the server that uses it (a cloud server if your home IP changes), or turn Withdrawals off.',
        text: {
          message: key.provider === 'binance' ? 'withdrawalsBinance' : 'withdrawals',
          fix: 'withdrawals',
          params: { label: key.label },
        },
      },
    ];
  }
  if (spotMargin || futures) {
    return [
      {
        ...base(key),
        rule: 'no-ip-whitelist',
        severity: 'high',
        message: `"${key.label}" can trade from any IP address: a leaked copy could place orders on your account from anywhere.`,
        fix: 'Add the IP address of the server or service that uses this key to its whitelist at the exchange and here.',
        text: { message: 'trading', fix: 'trading', params: { label: key.label } },
      },
    ];
  }
  return [
    {
      ...base(key),
      rule: 'no-ip-whitelist',
      severity: 'medium',
      message: `"${key.label}" has no IP whitelist: a leaked copy would expose your balances and trade history to anyone.`,
      fix: 'Add the IP addresses of the service that uses this key (most services publish them) to its whitelist.',
      text: { message: 'read', fix: 'read', params: { label: key.label } },
    },
  ];
}

export function binanceLapseRule(key: Key, now: Date): Finding[] {
  const lapse = binanceTradingLapse(key);
  if (lapse === null) return [];
  const days = daysUntil(lapse, now);
  const lapsed = days <= 0;
  return [
    {
      ...base(key),
      rule: 'binance-trading-lapse',
      severity: !lapsed && days <= 7 ? 'high' : 'medium',
      message: lapsed
        ? `"${key.label}" has Spot & Margin Trading without an IP whitelist: Binance removed that permission on ${isoDay(lapse)}, 30 days after the key was created.`
        : `"${key.label}" has Spot & Margin Trading without an IP whitelist: Binance removes that permission on ${isoDay(lapse)} (in ${plural(days, 'day')}), 30 days after the key was created.`,
      fix: 'Add the IP address of the server that trades with this key to its whitelist at Binance and here; the permission then stays.',
      text: {
        message: lapsed ? 'lapsed' : 'upcoming',
        fix: 'default',
        params: lapsed
          ? { label: key.label, date: isoDay(lapse) }
          : { label: key.label, date: isoDay(lapse), count: days },
      },
    },
  ];
}

export function rotationRule(key: Key, now: Date): Finding[] {
  const out: Finding[] = [];
  const due = rotationDue(key);
  const days = daysUntil(due, now);
  if (days <= 0) {
    const late = -days;
    out.push({
      ...base(key),
      rule: 'rotation-overdue',
      severity: 'high',
      message: `"${key.label}" was due for rotation on ${isoDay(due)}${late > 0 ? `, ${plural(late, 'day')} ago` : ', today'}: the longer a key lives, the more places a copy of it may have leaked to.`,
      fix: 'Rotate it now: create a new key with the same permissions and IP whitelist, update the service, confirm it works, delete the old key.',
      text: {
        message: late > 0 ? 'late' : 'today',
        fix: 'default',
        params:
          late > 0
            ? { label: key.label, date: isoDay(due), count: late }
            : { label: key.label, date: isoDay(due) },
      },
    });
  } else if (days <= ROTATION_DUE_SOON_DAYS) {
    out.push({
      ...base(key),
      rule: 'rotation-due',
      severity: 'low',
      message: `"${key.label}" is due for rotation on ${isoDay(due)}, in ${plural(days, 'day')}.`,
      fix: 'Plan the rotation: create a new key, update the service, confirm it works, then delete the old key.',
      text: {
        message: 'default',
        fix: 'default',
        params: { label: key.label, date: isoDay(due), count: days },
      },
    });
  }
  if (key.rotationIntervalDays > MAX_RECOMMENDED_ROTATION_DAYS) {
    out.push({
      ...base(key),
      rule: 'rotation-interval-too-long',
      severity: 'medium',
      message: `"${key.label}" is rotated only every ${key.rotationIntervalDays} days; keys should be rotated every 3 to 6 months.`,
      fix: `Set its rotation interval to ${MAX_RECOMMENDED_ROTATION_DAYS} days or less (90 is the default).`,
      text: {
        message: 'default',
        fix: 'default',
        params: {
          label: key.label,
          days: key.rotationIntervalDays,
          max: MAX_RECOMMENDED_ROTATION_DAYS,
        },
      },
    });
  }
  return out;
}

export function compromisedRule(key: Key): Finding[] {
  if (key.status !== 'compromised') return [];
  const done = key.incident ? new Set(key.incident.steps.map((s) => s.step)).size : 0;
  return [
    {
      ...base(key),
      rule: 'compromised-unresolved',
      severity: 'critical',
      message: `"${key.label}" is marked compromised and its leak response is not finished (${done} of 8 steps done).`,
      fix: 'Continue the leak response: delete the key at the exchange first, then check activity and balances, change the account password and contact support if anything looks wrong.',
      text: { message: 'default', fix: 'default', params: { label: key.label, done } },
    },
  ];
}

export function vagueLabelRule(key: Key, serviceName: string | null): Finding[] {
  if (key.label.trim() === '' || !isVagueLabel(key.label)) return [];
  const trading = key.useCase === 'spot-bot' || key.useCase === 'futures-bot';
  const service = serviceName ?? '3Commas';
  return [
    {
      ...base(key),
      rule: 'vague-label',
      severity: 'info',
      message: `"${key.label}" names neither the service that uses the key nor its purpose; in a hurry (a leak) you need to know at once which key to disable.`,
      fix: `Rename it after its service and purpose, e.g. "${service} - ${trading ? 'Trading Bot' : 'Read Only'}".`,
      text: {
        message: 'default',
        fix: trading ? 'trading' : 'readOnly',
        params: { label: key.label, service },
      },
    },
  ];
}
