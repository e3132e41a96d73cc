// KEYWARD_EXCHANGE_URL_<EXCHANGE> replaces every host of that exchange with a
// `scheme://host[:port]`, for tests against a local server. Pure: the caller passes the
// environment and whether this is the packaged app (which ignores overrides).
// Rules: https anywhere; plain http only to a loopback address; no path, query or user info.
import { KeywardError } from '../errors';
import type { CheckedExchange } from './credential';

export const OVERRIDABLE_EXCHANGES = ['binance', 'okx', 'bybit', 'coinbase'] as const;
export type OverridableExchange = (typeof OVERRIDABLE_EXCHANGES)[number];

export type ExchangeUrlOverrides = Partial<Record<OverridableExchange, string>>;

export function overrideVariable(exchange: OverridableExchange): string {
  return `KEYWARD_EXCHANGE_URL_${exchange.toUpperCase()}`;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function parseOverride(variable: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new KeywardError(
      'invalid-input',
      `${variable} must be scheme://host[:port], e.g. https://localhost:8443; "${value}" is not a URL.`,
    );
  }
  const bare =
    url.username === '' &&
    url.password === '' &&
    (url.pathname === '/' || url.pathname === '') &&
    url.search === '' &&
    url.hash === '' &&
    !/\/[^/]/.test(value.replace(/^[a-z]+:\/\//i, ''));
  if (!bare) {
    throw new KeywardError(
      'invalid-input',
      `${variable} must be only scheme://host[:port] (no path, query or user name); got "${value}".`,
    );
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new KeywardError(
      'invalid-input',
      `${variable} may use plain http only for a loopback address (127.0.0.1, ::1, localhost); use https for ${url.hostname}.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KeywardError('invalid-input', `${variable} must start with https:// or http://.`);
  }
  return url.origin;
}

/**
 * The overrides in effect. The packaged app ignores them all (a user's environment must not
 * redirect a signed request); an invalid value is an error naming the variable.
 */
export function exchangeUrlOverrides(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): ExchangeUrlOverrides {
  if (isPackaged) return {};
  const overrides: ExchangeUrlOverrides = {};
  for (const exchange of OVERRIDABLE_EXCHANGES) {
    const variable = overrideVariable(exchange);
    const value = env[variable];
    if (value === undefined || value.trim() === '') continue;
    overrides[exchange] = parseOverride(variable, value.trim());
  }
  return overrides;
}

/** Where requests for a key go: the override for its exchange, else https://<recorded host>. */
export function baseUrlFor(
  exchange: CheckedExchange,
  host: string,
  overrides: ExchangeUrlOverrides,
): string {
  const override = exchange === 'kraken' ? undefined : overrides[exchange];
  return override ?? `https://${host}`;
}

/** The CLI's stderr note, one line per override in effect ('' when none). */
export function overrideNotice(overrides: ExchangeUrlOverrides): string {
  return OVERRIDABLE_EXCHANGES.filter((e) => overrides[e] !== undefined)
    .map(
      (e) =>
        `keyward: ${overrideVariable(e)} is set: requests for ${e} keys go to ${overrides[e]} instead of the exchange.`,
    )
    .join('\n');
}
