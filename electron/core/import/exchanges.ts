// Exchange ids (ccxt's, freqtrade's) and names in titles or URLs, mapped to the provider and
// API host a key made there works on.
import type { Provider } from '../../../shared/domain/exchange';

export interface ExchangeTarget {
  provider: Provider;
  host: string;
}

/** ccxt / freqtrade exchange ids. */
const BY_ID: Record<string, ExchangeTarget> = {
  binance: { provider: 'binance', host: 'api.binance.com' },
  binanceusdm: { provider: 'binance', host: 'api.binance.com' },
  binancecoinm: { provider: 'binance', host: 'api.binance.com' },
  binanceus: { provider: 'binance', host: 'api.binance.us' },
  okx: { provider: 'okx', host: 'www.okx.com' },
  okex: { provider: 'okx', host: 'www.okx.com' },
  myokx: { provider: 'okx', host: 'eea.okx.com' },
  okxus: { provider: 'okx', host: 'us.okx.com' },
  bybit: { provider: 'bybit', host: 'api.bybit.com' },
  kraken: { provider: 'kraken', host: 'api.kraken.com' },
  coinbase: { provider: 'coinbase', host: 'api.coinbase.com' },
  coinbaseadvanced: { provider: 'coinbase', host: 'api.coinbase.com' },
};

export const PROVIDER_NAMES: Record<Provider, string> = {
  binance: 'Binance',
  okx: 'OKX',
  bybit: 'Bybit',
  kraken: 'Kraken',
  coinbase: 'Coinbase',
  other: 'Other',
};

export function exchangeFromId(id: string): ExchangeTarget | null {
  return BY_ID[id.trim().toLowerCase()] ?? null;
}

/** Web hosts people save in password managers, most specific first. */
const BY_WEB_HOST: [RegExp, string][] = [
  [/(^|\.)binance\.us$/, 'binanceus'],
  [/^my\.okx\.com$/, 'myokx'],
  [/^app\.okx\.com$/, 'okxus'],
  [/(^|\.)us\.okx\.com$/, 'okxus'],
  [/(^|\.)eea\.okx\.com$/, 'myokx'],
  [/(^|\.)(okx|okex)\.com$/, 'okx'],
  [/(^|\.)binance\.(com|info)$/, 'binance'],
  [/(^|\.)(bybit|bytick)\.[a-z.]+$/, 'bybit'],
  [/(^|\.)kraken\.com$/, 'kraken'],
  [/(^|\.)coinbase\.com$/, 'coinbase'],
];

/** The exchange named by a URL, a title or a field name ("Binance US", "okx.com"), or null. */
export function exchangeFromText(...texts: (string | undefined)[]): ExchangeTarget | null {
  for (const text of texts) {
    if (!text) continue;
    for (const m of text.matchAll(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi)) {
      const host = m[0].toLowerCase();
      const hit = BY_WEB_HOST.find(([re]) => re.test(host));
      if (hit) return BY_ID[hit[1]]!;
    }
  }
  for (const text of texts) {
    if (!text) continue;
    const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    const compact = words.replace(/ /g, '');
    for (const id of ['binanceus', 'myokx', 'okxus']) {
      if (compact.includes(id)) return BY_ID[id]!;
    }
    for (const word of words.split(' ')) {
      const target = BY_ID[word];
      if (target) return target;
    }
  }
  return null;
}
