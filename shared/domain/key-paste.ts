// What the add form does with pasted key material before it is saved: whitespace and line
// breaks copied along with an API key or a one-line secret are removed (and the form says so);
// a PEM private key keeps its lines. And a warning when the API key and the secret are the same
// or look swapped (each exchange's formats, EXCHANGES.md). Warnings only, never refusals.
// Invariant: nothing here logs or returns a secret beyond the cleaned value handed back.
import type { KeyType, Provider } from './exchange';

const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

export interface Cleaned {
  value: string;
  /** Whitespace or line breaks were removed. */
  stripped: boolean;
}

/** An API key (or Coinbase key name): never contains whitespace, so any is removed. */
export function cleanPastedApiKey(raw: string): Cleaned {
  const value = raw.replace(/\s+/g, '');
  return { value, stripped: value !== raw };
}

/** A secret: a PEM private key keeps its lines (only outer blank lines go); any other loses all whitespace. */
export function cleanPastedSecret(raw: string): Cleaned {
  if (PEM.test(raw)) {
    const value = raw.replace(/^\s+/, '');
    return { value, stripped: false };
  }
  const value = raw.replace(/\s+/g, '');
  return { value, stripped: value !== raw };
}

export type KeyMixup = 'same' | 'swapped';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX32 = /^[0-9a-f]{32}$/i;
const ALNUM = /^[A-Za-z0-9]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * 'same' when the API key and the secret are equal; 'swapped' when each looks like the other
 * (by the exchange's formats; Binance's two are alike, so only a PEM in the API key tells).
 */
export function keySecretMixup(key: {
  provider: Provider;
  keyType: KeyType | undefined;
  apiKey: string;
  secret: string;
}): KeyMixup | null {
  const apiKey = key.apiKey.trim();
  const secret = key.secret.trim();
  if (apiKey === '' || secret === '') return null;
  if (apiKey === secret) return 'same';
  if (PEM.test(apiKey)) return 'swapped';
  switch (key.provider) {
    case 'okx':
      return HEX32.test(apiKey) && UUID.test(secret) ? 'swapped' : null;
    case 'bybit':
      return apiKey.length === 36 &&
        secret.length === 18 &&
        ALNUM.test(apiKey) &&
        ALNUM.test(secret)
        ? 'swapped'
        : null;
    case 'kraken':
      return apiKey.length === 88 && secret.length === 56 && BASE64.test(apiKey) ? 'swapped' : null;
    case 'coinbase':
      return secret.startsWith('organizations/') ? 'swapped' : null;
    default:
      return null;
  }
}
