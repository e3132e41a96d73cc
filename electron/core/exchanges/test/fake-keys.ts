// Keys the fake exchange knows, and key pairs of each type for tests.
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { Permissions } from '../../../../shared/domain/exchange';
import type { ExchangeCredential } from '../credential';

export type FakeProvider = 'binance' | 'okx' | 'bybit' | 'coinbase';

/** What the fake exchange holds for one key: how to verify it, and what to answer. */
export interface FakeKey {
  provider: FakeProvider;
  apiKey: string;
  keyType: ExchangeCredential['keyType'];
  /** HMAC secret (hmac keys). */
  secret?: string;
  /** Public key (ed25519, rsa, ecdsa keys). */
  publicKey?: KeyObject;
  passphrase?: string;
  /** Coinbase: the host the JWT's uri claim must name. */
  host?: string;
  demo?: boolean;
  permissions: Permissions;
  /** Binance extra ids or Bybit `Group.Item` names. */
  extras: string[];
  ips: string[];
  expiresAt?: string | null;
  createdAt?: string;
  /** Switch: this machine's IP is not on the key's whitelist. */
  ipBlocked?: boolean;
  /** Switch: the key has expired (Bybit 33004). */
  expired?: boolean;
  /** Bybit: the key is read-only (readOnly 1). */
  readOnly?: boolean;
}

export interface TestKey {
  credential: ExchangeCredential;
  fake: FakeKey;
}

const DEFAULT_HOSTS: Record<FakeProvider, string> = {
  binance: 'api.binance.com',
  okx: 'www.okx.com',
  bybit: 'api.bybit.com',
  coinbase: 'api.coinbase.com',
};

const READ_ONLY: Permissions = {
  read: true,
  spotMargin: false,
  futures: false,
  withdrawals: false,
};

/** A key of the given exchange and type, with its credential and its fake-exchange entry. */
export function makeTestKey(
  provider: FakeProvider,
  keyType: ExchangeCredential['keyType'] = provider === 'coinbase' ? 'ecdsa' : 'hmac',
  fake: Partial<FakeKey> = {},
): TestKey {
  const id = randomBytes(8).toString('hex');
  const apiKey =
    provider === 'coinbase'
      ? `organizations/org-${id}/apiKeys/key-${id}`
      : `KEY${id}`.toUpperCase();
  let secret: string;
  let publicKey: KeyObject | undefined;
  if (keyType === 'hmac') {
    secret = randomBytes(24).toString('base64');
  } else {
    const pair =
      keyType === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : keyType === 'ecdsa'
          ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
          : generateKeyPairSync('ed25519');
    publicKey = pair.publicKey;
    if (keyType === 'ecdsa') {
      secret = pair.privateKey.export({ type: 'sec1', format: 'pem' }).toString();
    } else if (keyType === 'ed25519' && provider === 'coinbase') {
      // Coinbase shows Ed25519 keys as base64 of seed + public key (64 bytes).
      const der = pair.privateKey.export({ type: 'pkcs8', format: 'der' });
      const pub = pair.publicKey.export({ type: 'spki', format: 'der' });
      secret = Buffer.concat([
        der.subarray(der.length - 32),
        pub.subarray(pub.length - 32),
      ]).toString('base64');
    } else {
      secret = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    }
  }
  const passphrase = provider === 'okx' ? `Pass-${id}` : undefined;
  const host = fake.host ?? DEFAULT_HOSTS[provider];
  const credential: ExchangeCredential = {
    provider,
    keyType,
    apiKey,
    secret,
    ...(passphrase !== undefined && { passphrase }),
    host,
    environment: fake.demo ? 'demo' : 'live',
  };
  return {
    credential,
    fake: {
      provider,
      apiKey,
      keyType,
      ...(keyType === 'hmac' ? { secret } : { publicKey }),
      ...(passphrase !== undefined && { passphrase }),
      host,
      permissions: { ...READ_ONLY },
      extras: [],
      ips: [],
      expiresAt: null,
      createdAt: '2026-01-05T10:00:00.000Z',
      ...fake,
    },
  };
}
