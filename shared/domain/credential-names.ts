// The exchanges' own names for their permission switches, as their consoles show them (not
// translated: they are what the user sees at the exchange).
import { PERMISSION_NAMES, type Permission, type Provider } from './exchange';

/** The exchange's own names for the four switches, as its console shows them. */
export const PROVIDER_PERMISSION_NAMES: Record<Provider, Record<Permission, string>> = {
  binance: PERMISSION_NAMES,
  okx: { read: 'Read', spotMargin: 'Trade', futures: 'Trade', withdrawals: 'Withdraw' },
  bybit: {
    read: 'Read-Only',
    spotMargin: 'Spot - Trade',
    futures: 'Contract / Derivatives / Options - Trade',
    withdrawals: 'Assets - Withdrawal',
  },
  coinbase: { read: 'View', spotMargin: 'Trade', futures: 'Trade', withdrawals: 'Transfer' },
  kraken: {
    read: 'Query Funds',
    spotMargin: 'Create & Modify Orders',
    futures: 'Futures',
    withdrawals: 'Withdraw Funds',
  },
  other: {
    read: 'Read',
    spotMargin: 'Spot & Margin Trading',
    futures: 'Futures Trading',
    withdrawals: 'Withdrawals',
  },
};

/** The exchange's names for its extras (Bybit's ids are its own names). */
export const EXTRA_NAMES: Record<string, string> = {
  internalTransfer: 'Permits Internal Transfer',
  universalTransfer: 'Permits Universal Transfer',
  margin: 'Enable Margin Loan, Repay & Transfer',
  vanillaOptions: 'Enable European Options',
  portfolioMargin: 'Enable Portfolio Margin Trading',
  fixTrade: 'FIX API Trade',
  fixReadOnly: 'FIX API Read Only',
};

export function extraName(id: string): string {
  return EXTRA_NAMES[id] ?? id;
}

/** What the form calls the API key field: Coinbase's is a key name. */
export function apiKeyIsKeyName(provider: Provider): boolean {
  return provider === 'coinbase';
}
