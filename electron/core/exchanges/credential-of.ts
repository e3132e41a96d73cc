// From a key record (in core's memory) to what an adapter signs with, and to what the
// record claims. Invariant: the credential carries the secret only into a signature.
import { createPrivateKey } from 'node:crypto';
import type { KeyRecord } from '../../../shared/domain/key-record';
import type { RecordedAccess } from '../../../shared/exchange-check/compare';
import { isCheckedExchange, type ExchangeCredential } from './credential';

/** The key's current credential; null for a provider Keyward cannot ask (`other`). */
export function credentialOf(key: KeyRecord): ExchangeCredential | null {
  if (!isCheckedExchange(key.provider)) return null;
  return {
    provider: key.provider,
    keyType: key.keyType,
    apiKey: key.apiKey,
    secret: key.secret,
    ...(key.passphrase !== undefined && { passphrase: key.passphrase }),
    host: key.host,
    environment: key.environment,
  };
}

/** The key type a private key's text implies (a rotation's new key may differ from the old). */
export function keyTypeOfSecret(
  provider: KeyRecord['provider'],
  secret: string,
  fallback: ExchangeCredential['keyType'],
): ExchangeCredential['keyType'] {
  // Not PEM: Coinbase's base64 Ed25519 key, or an HMAC secret.
  if (!secret.includes('-----BEGIN')) return provider === 'coinbase' ? 'ed25519' : 'hmac';
  try {
    const type = createPrivateKey(secret.trim()).asymmetricKeyType;
    if (type === 'ed25519') return 'ed25519';
    if (type === 'rsa') return 'rsa';
    if (type === 'ec') return 'ecdsa';
  } catch {
    // Unreadable: the adapter reports it as a key it cannot sign with.
  }
  return fallback;
}

/** The new key recorded at a rotation's step 1, as a credential; null when there is none. */
export function pendingCredentialOf(key: KeyRecord): ExchangeCredential | null {
  const current = credentialOf(key);
  const pending = key.rotation?.pending;
  if (!current || !pending || pending.apiKey === '') return null;
  const { passphrase: _old, ...rest } = current;
  return {
    ...rest,
    keyType: keyTypeOfSecret(key.provider, pending.secret, key.keyType),
    apiKey: pending.apiKey,
    secret: pending.secret,
    ...(pending.passphrase !== undefined && { passphrase: pending.passphrase }),
  };
}

export function recordedAccessOf(key: KeyRecord): RecordedAccess {
  return {
    provider: key.provider,
    permissions: key.permissions,
    extras: key.extras,
    ipWhitelist: key.ipWhitelist,
  };
}
