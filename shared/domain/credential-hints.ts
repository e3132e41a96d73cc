// Format hints for a pasted key: what looks unusual for its exchange. Hints only, never
// refusals: exchanges change their formats.
import type { KeyType, Provider } from './exchange';

export const CREDENTIAL_HINTS = [
  'api-key-length',
  'api-key-alphabet',
  'secret-length',
  'secret-alphabet',
  'secret-not-pem',
  'secret-pem-for-hmac',
  'secret-not-ec-pem',
  'secret-not-ed25519',
  'passphrase-length',
] as const;
export type CredentialHint = (typeof CREDENTIAL_HINTS)[number];

/** English wording of each hint (the CLI's; the app translates the ids). */
export const CREDENTIAL_HINT_TEXT: Record<CredentialHint, string> = {
  'api-key-length': 'this API key is not as long as this exchange usually makes them',
  'api-key-alphabet': 'this API key has characters this exchange does not usually use',
  'secret-length': 'this secret is not as long as this exchange usually makes them',
  'secret-alphabet': 'this secret has characters this exchange does not usually use',
  'secret-not-pem': 'a private key usually starts with -----BEGIN ... PRIVATE KEY-----',
  'secret-pem-for-hmac': 'this secret looks like a private key (PEM), but the key type is hmac',
  'secret-not-ec-pem': 'a Coinbase EC key starts with -----BEGIN EC PRIVATE KEY-----',
  'secret-not-ed25519': 'a Coinbase Ed25519 key is base64 of 32 or 64 bytes',
  'passphrase-length': 'an OKX API passphrase has 8 to 32 characters',
};

const PEM = /^-----BEGIN [A-Z ]*PRIVATE KEY-----/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Format hints for a pasted key: what looks unusual for this exchange. Never a refusal
 * (exchanges change their formats); shown beside the field in the form, noted by the CLI.
 */
export function credentialHints(key: {
  provider: Provider;
  keyType: KeyType;
  apiKey: string;
  secret: string;
  passphrase?: string | undefined;
}): CredentialHint[] {
  const hints: CredentialHint[] = [];
  const apiKey = key.apiKey.trim();
  const secret = key.secret.trim();
  const add = (hint: CredentialHint) => {
    if (!hints.includes(hint)) hints.push(hint);
  };
  const pem = PEM.test(secret);
  if (key.keyType === 'hmac' && pem) add('secret-pem-for-hmac');
  if (key.keyType === 'rsa' && secret !== '' && !pem) add('secret-not-pem');
  if (key.keyType === 'ed25519' && key.provider === 'binance' && secret !== '' && !pem)
    add('secret-not-pem');
  switch (key.provider) {
    case 'binance':
      if (apiKey !== '' && apiKey.length !== 64) add('api-key-length');
      if (apiKey !== '' && !/^[A-Za-z0-9]+$/.test(apiKey)) add('api-key-alphabet');
      if (key.keyType === 'hmac' && secret !== '' && !pem) {
        if (secret.length !== 64) add('secret-length');
        if (!/^[A-Za-z0-9]+$/.test(secret)) add('secret-alphabet');
      }
      break;
    case 'okx':
      if (
        apiKey !== '' &&
        !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(apiKey)
      )
        add('api-key-alphabet');
      if (secret !== '' && !pem) {
        if (secret.length !== 32) add('secret-length');
        if (!/^[0-9A-Fa-f]+$/.test(secret)) add('secret-alphabet');
      }
      if (key.passphrase !== undefined && key.passphrase !== '') {
        if (key.passphrase.length < 8 || key.passphrase.length > 32) add('passphrase-length');
      }
      break;
    case 'bybit':
      if (apiKey !== '' && apiKey.length !== 18) add('api-key-length');
      if (apiKey !== '' && !/^[A-Za-z0-9]+$/.test(apiKey)) add('api-key-alphabet');
      if (key.keyType === 'hmac' && secret !== '' && !pem) {
        if (secret.length !== 36) add('secret-length');
        if (!/^[A-Za-z0-9]+$/.test(secret)) add('secret-alphabet');
      }
      break;
    case 'coinbase':
      if (
        key.keyType === 'ecdsa' &&
        secret !== '' &&
        !/^-----BEGIN EC PRIVATE KEY-----/.test(secret)
      )
        add('secret-not-ec-pem');
      if (key.keyType === 'ed25519' && secret !== '') {
        const bytes = BASE64.test(secret)
          ? Math.floor((secret.replace(/=+$/, '').length * 3) / 4)
          : -1;
        if (bytes !== 32 && bytes !== 64) add('secret-not-ed25519');
      }
      break;
    case 'kraken':
      if (apiKey !== '' && apiKey.length !== 56) add('api-key-length');
      if (secret !== '' && !BASE64.test(secret)) add('secret-alphabet');
      if (secret !== '' && BASE64.test(secret) && secret.length !== 88) add('secret-length');
      break;
    case 'other':
      break;
  }
  return hints;
}
