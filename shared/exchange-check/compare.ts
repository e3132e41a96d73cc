// Compares what a key's record says with what its exchange says (ExchangeFacts), and applies
// the exchange's answer to a record when the user accepts it. Pure: core runs it after a
// check, the renderer may run it to highlight differences.
import { PERMISSIONS, type Permission, type Permissions, type Provider } from '../domain/exchange';
import type { CheckDifference, CheckOutcome, ExchangeFacts } from '../domain/exchange-check';
import { checkIpEntry } from '../domain/ip';

/** What a record says about a key's access, the part an exchange can confirm. */
export interface RecordedAccess {
  provider: Provider;
  permissions: Permissions;
  extras: readonly string[];
  ipWhitelist: readonly string[];
}

/**
 * OKX (`trade`) and Coinbase (`can_trade`) have one trade permission covering spot and
 * derivatives: for them the record's spotMargin and futures are compared together.
 */
export function hasCombinedTrade(provider: Provider): boolean {
  return provider === 'okx' || provider === 'coinbase';
}

function recordedPermission(record: RecordedAccess, p: Permission): boolean {
  if (hasCombinedTrade(record.provider) && (p === 'spotMargin' || p === 'futures')) {
    return record.permissions.spotMargin || record.permissions.futures;
  }
  return record.permissions[p];
}

/** An IP entry as the record's schema stores it (trimmed); unparsable entries stay as given. */
function normalIp(entry: string): string {
  const checked = checkIpEntry(entry);
  return (checked.ok ? checked.value : entry.trim()).toLowerCase();
}

function sortedIps(list: readonly string[]): string[] {
  return [...new Set(list.map(normalIp))].sort();
}

/** Every field where record and exchange disagree, in a stable order. */
export function compareWithExchange(
  record: RecordedAccess,
  facts: ExchangeFacts,
): CheckDifference[] {
  const differences: CheckDifference[] = [];
  for (const p of PERMISSIONS) {
    const recorded = recordedPermission(record, p);
    if (recorded !== facts.permissions[p]) {
      differences.push({ field: `permissions.${p}`, recorded, exchange: facts.permissions[p] });
    }
  }
  const recordedExtras = new Set(record.extras);
  const exchangeExtras = new Set(facts.extras);
  for (const id of [...new Set([...recordedExtras, ...exchangeExtras])].sort()) {
    const recorded = recordedExtras.has(id);
    const exchange = exchangeExtras.has(id);
    if (recorded !== exchange) differences.push({ field: `extras.${id}`, recorded, exchange });
  }
  const recordedRestricted = record.ipWhitelist.length > 0;
  if (facts.ipRestricted !== null && facts.ipRestricted !== recordedRestricted) {
    differences.push({
      field: 'ipRestricted',
      recorded: recordedRestricted,
      exchange: facts.ipRestricted,
    });
  } else if (facts.ipWhitelist !== null && recordedRestricted && facts.ipWhitelist.length > 0) {
    const recorded = sortedIps(record.ipWhitelist);
    const exchange = sortedIps(facts.ipWhitelist);
    if (recorded.join(',') !== exchange.join(',')) {
      differences.push({ field: 'ipWhitelist', recorded, exchange });
    }
  }
  return differences;
}

export function outcomeOf(differences: readonly CheckDifference[]): CheckOutcome {
  return differences.length === 0 ? 'ok' : 'drift';
}

/**
 * The record after accepting the exchange's answer: its permissions, extras and (where the
 * exchange returns it) IP list. Binance returns no IP list: an unrestricted answer empties
 * the recorded list; a restricted one keeps it (the user types the list; Binance cannot say).
 */
export function acceptExchangeFacts(
  record: RecordedAccess,
  facts: ExchangeFacts,
): { permissions: Permissions; extras: string[]; ipWhitelist: string[] } {
  let ipWhitelist: string[] = [...record.ipWhitelist];
  if (facts.ipWhitelist !== null && (facts.ipRestricted ?? facts.ipWhitelist.length > 0)) {
    ipWhitelist = facts.ipWhitelist.map((ip) => ip.trim());
  } else if (facts.ipRestricted === false) {
    ipWhitelist = [];
  }
  return {
    permissions: { ...facts.permissions },
    extras: [...facts.extras],
    ipWhitelist,
  };
}
