// The dates the rules and the reminders share: when a key's rotation is due, when Binance
// lapses an unrestricted key's trading permission, when the monthly audit is due.
import type { KeyRecord, VaultData } from '../domain/key-record';
import { addDaysUtc, addMonthsUtc } from './time';

/** Binance removes Spot & Margin trading from a key without IP restriction after this. */
export const BINANCE_UNRESTRICTED_TRADING_DAYS = 30;

/** Keys that still exist at the exchange and so still need care. */
export function isLiveKey(key: Pick<KeyRecord, 'status'>): boolean {
  return key.status === 'active' || key.status === 'rotating';
}

export function rotationDue(key: Pick<KeyRecord, 'lastRotatedAt' | 'rotationIntervalDays'>): Date {
  return addDaysUtc(new Date(key.lastRotatedAt), key.rotationIntervalDays);
}

/**
 * When Binance lapses this key's Spot & Margin permission, or null when the rule does not
 * apply (not Binance, no spot trading, or an IP whitelist is set). The current key material
 * was created at the exchange at `lastRotatedAt` (equal to `createdAt` until a rotation), so
 * the 30 days count from there.
 */
export function binanceTradingLapse(
  key: Pick<KeyRecord, 'provider' | 'permissions' | 'ipWhitelist' | 'lastRotatedAt'>,
): Date | null {
  if (key.provider !== 'binance' || !key.permissions.spotMargin) return null;
  if (key.ipWhitelist.length > 0) return null;
  return addDaysUtc(new Date(key.lastRotatedAt), BINANCE_UNRESTRICTED_TRADING_DAYS);
}

/** When a key was last audited, or, never audited, when it entered the vault. */
export function auditBasis(key: Pick<KeyRecord, 'lastAuditedAt' | 'createdAt'>): Date {
  return new Date(key.lastAuditedAt ?? key.createdAt);
}

/**
 * The monthly audit is due one month after the least recently audited live key was audited
 * (or added). Null when the vault holds no live key: there is nothing to audit.
 */
export function auditDue(data: Pick<VaultData, 'keys'>): Date | null {
  let oldest: Date | null = null;
  for (const key of data.keys) {
    if (!isLiveKey(key)) continue;
    const basis = auditBasis(key);
    if (oldest === null || basis < oldest) oldest = basis;
  }
  return oldest === null ? null : addMonthsUtc(oldest, 1);
}
