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
  record.tags ??= [];
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

/** Summaries and lists mark keys that do not touch real funds. */
export function isPracticeEnvironment(environment: Environment): boolean {
  return environment !== 'live';
}

export * from './credential-hints';
export * from './credential-names';
