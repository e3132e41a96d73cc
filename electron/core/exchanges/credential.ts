// What an adapter needs to sign a request: exactly what the exchange issued, plus where the
// key lives. Built from a key record in core's memory; never logged, never sent anywhere but
// into a signature (the API key and passphrase go in headers, as the exchanges require).

export const CHECKED_EXCHANGES = ['binance', 'okx', 'bybit', 'coinbase', 'kraken'] as const;
export type CheckedExchange = (typeof CHECKED_EXCHANGES)[number];

export interface ExchangeCredential {
  provider: CheckedExchange;
  keyType: 'hmac' | 'ed25519' | 'rsa' | 'ecdsa';
  /** The API key (Coinbase: the key name `organizations/{org}/apiKeys/{id}`). */
  apiKey: string;
  /** HMAC secret, or the private key (PEM; Coinbase Ed25519: base64 of 32 or 64 bytes). */
  secret: string;
  /** OKX's API passphrase. */
  passphrase?: string;
  /** The recorded API host, e.g. `api.binance.com`; signed content always names this host. */
  host: string;
  environment: 'live' | 'testnet' | 'demo';
}

export function isCheckedExchange(provider: string): provider is CheckedExchange {
  return (CHECKED_EXCHANGES as readonly string[]).includes(provider);
}
