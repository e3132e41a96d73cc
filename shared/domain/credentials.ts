// What each exchange issues for an API key, and where the key works: hosts per environment,
// key types, the API passphrase rule, the exchange's own permission switches beyond our four
// (extras), and format hints for a pasted key. Plain data and functions (no zod), so the
// renderer's forms and shared/findings use it without building schemas.
// Invariant: format hints are hints, never refusals (exchanges change their formats); the
// refusals are the rules below (host list, key types, passphrase, extras, Coinbase key name).
import {
  PERMISSIONS,
  USE_CASE_PERMISSIONS,
  type KeyType,
  type Permission,
  type Permissions,
  type Provider,
  type UseCase,
} from './exchange';

export const ENVIRONMENTS = ['live', 'testnet', 'demo'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** `required`: the key cannot be used without one (OKX); `optional`: only when asked. */
export type PassphraseRule = 'required' | 'optional' | 'none';

export interface ProviderCredentials {
  /** API hosts per environment; the first is the default. An environment absent: not offered. */
  hosts: Partial<Record<Environment, readonly string[]>>;
  keyTypes: readonly KeyType[];
  passphrase: PassphraseRule;
  /** The exchange's other permission switches, by the ids Keyward records. */
  extras: readonly string[];
  /** One "Trade" permission covering spot and derivatives: spotMargin and futures go together. */
  combinedTrade: boolean;
}

const OKX_HOSTS = ['www.okx.com', 'eea.okx.com', 'us.okx.com'] as const;
const BYBIT_LIVE_HOSTS = [
  'api.bybit.com',
  'api.bytick.com',
  'api.bybit.nl',
  'api.bybit-tr.com',
  'api.bybit.kz',
  'api.bybitgeorgia.ge',
  'api.bybit.ae',
] as const;

export const BINANCE_EXTRAS = [
  'internalTransfer',
  'universalTransfer',
  'margin',
  'vanillaOptions',
  'portfolioMargin',
  'fixTrade',
  'fixReadOnly',
] as const;

/**
 * Bybit's own `Group.Item` permission names (its query-api answer), except those that map
 * onto the four: Spot.SpotTrade -> spotMargin; ContractTrade.*, Derivatives.*, Options.* ->
 * futures; Wallet.Withdraw -> withdrawals. Groups whose item names Bybit does not document
 * are not listed (an unknown id is refused; add it here when its name is known).
 */
export const BYBIT_EXTRAS = [
  'Wallet.AccountTransfer',
  'Wallet.SubMemberTransfer',
  'Wallet.SubMemberTransferList',
  'Exchange.ExchangeHistory',
  'Earn.Earn',
  'FiatP2P.FiatP2POrder',
  'FiatP2P.Advertising',
  'FiatBitPay.FaitPayOrder',
] as const;

export const CREDENTIALS: Record<Provider, ProviderCredentials> = {
  binance: {
    hosts: { live: ['api.binance.com', 'api.binance.us'], testnet: ['testnet.binance.vision'] },
    keyTypes: ['hmac', 'ed25519', 'rsa'],
    passphrase: 'none',
    extras: BINANCE_EXTRAS,
    combinedTrade: false,
  },
  okx: {
    // Demo trading is the same host with the header `x-simulated-trading: 1`.
    hosts: { live: OKX_HOSTS, demo: OKX_HOSTS },
    keyTypes: ['hmac'],
    passphrase: 'required',
    extras: [],
    combinedTrade: true,
  },
  bybit: {
    hosts: {
      live: BYBIT_LIVE_HOSTS,
      testnet: ['api-testnet.bybit.com'],
      demo: ['api-demo.bybit.com'],
    },
    keyTypes: ['hmac', 'rsa'],
    passphrase: 'none',
    extras: BYBIT_EXTRAS,
    combinedTrade: false,
  },
  coinbase: {
    hosts: { live: ['api.coinbase.com'] },
    keyTypes: ['ecdsa', 'ed25519'],
    passphrase: 'none',
    extras: [],
    combinedTrade: true,
  },
  kraken: {
    hosts: { live: ['api.kraken.com'] },
    keyTypes: ['hmac'],
    passphrase: 'none',
    extras: [],
    combinedTrade: false,
  },
  other: {
    // No host: Keyward does not know where such a key works.
    hosts: { live: [''], testnet: [''], demo: [''] },
    keyTypes: ['hmac', 'ed25519', 'rsa', 'ecdsa'],
    passphrase: 'optional',
    extras: [],
    combinedTrade: false,
  },
};

export function environmentsFor(provider: Provider): Environment[] {
  return ENVIRONMENTS.filter((e) => CREDENTIALS[provider].hosts[e] !== undefined);
}

export function hostsFor(provider: Provider, environment: Environment): readonly string[] {
  return CREDENTIALS[provider].hosts[environment] ?? [];
}

/** The exchange's main host for the environment ('' for `other`, or an unoffered environment). */
export function defaultHost(provider: Provider, environment: Environment = 'live'): string {
  return hostsFor(provider, environment)[0] ?? '';
}

/**
 * A key record as stored by any release, given the fields added since (in place, cheap: every
 * read of the vault runs it over every key): `environment` 'live', `host` the exchange's main
 * host for it, `extras` none. A vault written before them opens and is saved upgraded.
 */
export function upgradeKeyRecord(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  record.environment ??= 'live';
  if (record.host === undefined) {
    const provider = record.provider as Provider;
    const known =
      Object.hasOwn(CREDENTIALS, provider) &&
      (ENVIRONMENTS as readonly unknown[]).includes(record.environment);
    record.host = known ? defaultHost(provider, record.environment as Environment) : '';
  }
  record.extras ??= [];
  return record;
}

/** Coinbase (CDP) API key names: `organizations/{org}/apiKeys/{id}`. */
export const COINBASE_KEY_NAME = /^organizations\/[^/\s]+\/apiKeys\/[^/\s]+$/;

export const PASSPHRASE_MAX_LENGTH = 200;

/** Where OKX shows the passphrase: nowhere. Said whenever an OKX key lacks one. */
export const OKX_PASSPHRASE_SENTENCE =
  'OKX keys need their API passphrase: you chose it when you created the key on OKX, and OKX never shows it again and cannot recover it (if it is lost, delete the key on OKX and create a new one).';

/** The fields of a key that the credential rules look at. */
export interface CredentialFields {
  provider: Provider;
  keyType: KeyType;
  apiKey: string;
  host: string;
  environment: Environment;
  passphrase?: string | undefined;
  extras: readonly string[];
}

export interface CredentialProblem {
  field: 'keyType' | 'apiKey' | 'host' | 'environment' | 'passphrase' | 'extras';
  message: string;
}

/** The rules a key must keep (refusals). An empty list: the key is well-formed. */
export function credentialProblems(key: CredentialFields): CredentialProblem[] {
  const rules = CREDENTIALS[key.provider];
  const problems: CredentialProblem[] = [];
  if (!rules.keyTypes.includes(key.keyType)) {
    problems.push({
      field: 'keyType',
      message: `a ${key.provider} key is ${rules.keyTypes.join(' or ')}, not ${key.keyType}`,
    });
  }
  const environments = environmentsFor(key.provider);
  if (!environments.includes(key.environment)) {
    problems.push({
      field: 'environment',
      message: `${key.provider} offers ${environments.join(', ')}, not ${key.environment}`,
    });
  } else {
    const hosts = hostsFor(key.provider, key.environment);
    if (!hosts.includes(key.host)) {
      problems.push({
        field: 'host',
        message:
          key.provider === 'other'
            ? 'a key of another exchange has no host'
            : `a ${key.provider} ${key.environment} key works on ${hosts.join(', ')}, not "${key.host}"`,
      });
    }
  }
  const passphrase = key.passphrase ?? '';
  if (rules.passphrase === 'required' && passphrase === '') {
    problems.push({ field: 'passphrase', message: OKX_PASSPHRASE_SENTENCE });
  } else if (rules.passphrase === 'none' && passphrase !== '') {
    problems.push({
      field: 'passphrase',
      message: `${key.provider} keys have no API passphrase`,
    });
  }
  if (passphrase.length > PASSPHRASE_MAX_LENGTH) {
    problems.push({
      field: 'passphrase',
      message: `an API passphrase has at most ${PASSPHRASE_MAX_LENGTH} characters`,
    });
  }
  if (/[\r\n]/.test(passphrase)) {
    problems.push({ field: 'passphrase', message: 'an API passphrase is one line' });
  }
  for (const extra of key.extras) {
    if (!rules.extras.includes(extra)) {
      problems.push({
        field: 'extras',
        message: rules.extras.length
          ? `"${extra}" is not a ${key.provider} permission: use ${rules.extras.join(', ')}`
          : `${key.provider} keys have no other permissions than ${key.provider === 'other' ? 'the four' : 'read, trade and withdrawals'}, so "${extra}" is unknown`,
      });
    }
  }
  if (key.provider === 'coinbase' && key.apiKey !== '' && !COINBASE_KEY_NAME.test(key.apiKey)) {
    problems.push({
      field: 'apiKey',
      message:
        'a Coinbase API key is its key name, organizations/{org_id}/apiKeys/{key_id}, as shown when the key was created',
    });
  }
  return problems;
}

/** For exchanges with one "Trade" switch: spotMargin and futures set together. */
export function normalizeTrade(provider: Provider, permissions: Permissions): Permissions {
  if (!CREDENTIALS[provider].combinedTrade) return { ...permissions };
  const trade = permissions.spotMargin || permissions.futures;
  return { ...permissions, spotMargin: trade, futures: trade };
}

/**
 * Least privilege per exchange: DOMAIN.md's row for the use case, where one "Trade" switch
 * (OKX, Coinbase) counts once, as spotMargin (never a second finding for futures).
 */
export function excessPermissionsFor(
  provider: Provider,
  useCase: UseCase,
  granted: Permissions,
): Permission[] {
  if (useCase === 'custom') return [];
  const needed = normalizeTrade(provider, USE_CASE_PERMISSIONS[useCase]);
  const excess = PERMISSIONS.filter((p) => granted[p] && !needed[p]);
  return CREDENTIALS[provider].combinedTrade && excess.includes('spotMargin')
    ? excess.filter((p) => p !== 'futures')
    : excess;
}

/** The key type Coinbase's secret implies (PEM EC -> ecdsa, else ed25519); others: hmac. */
export function defaultKeyType(provider: Provider, secret: string): KeyType {
  if (provider === 'coinbase')
    return /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(secret) ? 'ecdsa' : 'ed25519';
  return CREDENTIALS[provider].keyTypes[0] ?? 'hmac';
}

/**
 * The extras a use case needs (least privilege, as USE_CASE_PERMISSIONS for the four). Any
 * other extra is an excess; `custom` needs whatever the user decides.
 */
export const USE_CASE_EXTRAS: Record<UseCase, readonly string[]> = {
  'portfolio-tracking': ['Exchange.ExchangeHistory'],
  'tax-reports': ['Exchange.ExchangeHistory'],
  'spot-bot': [],
  'futures-bot': [],
  'auto-transfer': [
    'internalTransfer',
    'universalTransfer',
    'Wallet.AccountTransfer',
    'Wallet.SubMemberTransfer',
    'Wallet.SubMemberTransferList',
  ],
  custom: [],
};

export function excessExtras(useCase: UseCase, extras: readonly string[]): string[] {
  if (useCase === 'custom') return [];
  const needed = USE_CASE_EXTRAS[useCase];
  return extras.filter((e) => !needed.includes(e));
}

/** The exchange's own names for the four switches, as its console shows them. */
export const PROVIDER_PERMISSION_NAMES: Record<Provider, Record<Permission, string>> = {
  binance: {
    read: 'Enable Reading',
    spotMargin: 'Enable Spot & Margin Trading',
    futures: 'Enable Futures',
    withdrawals: 'Enable Withdrawals',
  },
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

/** Summaries and lists mark keys that do not touch real funds. */
export function isPracticeEnvironment(environment: Environment): boolean {
  return environment !== 'live';
}
