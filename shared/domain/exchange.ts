// The vocabulary of exchange API keys (see ../shared/DOMAIN.md): providers, permissions,
// use cases and the least-privilege table that maps a use case to the permissions it needs.
import { z } from 'zod';

export const PROVIDERS = ['binance', 'coinbase', 'kraken', 'okx', 'bybit', 'other'] as const;
export const providerSchema = z.enum(PROVIDERS);
export type Provider = z.infer<typeof providerSchema>;

/** Each provider's name as written in a sentence (capitalised, as the exchange writes it). */
export const PROVIDER_DISPLAY_NAMES: Record<Provider, string> = {
  binance: 'Binance',
  coinbase: 'Coinbase',
  kraken: 'Kraken',
  okx: 'OKX',
  bybit: 'Bybit',
  other: 'Other',
};

export const PERMISSIONS = ['read', 'spotMargin', 'futures', 'withdrawals'] as const;
export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;

export const permissionsSchema = z.strictObject({
  read: z.boolean(),
  spotMargin: z.boolean(),
  futures: z.boolean(),
  withdrawals: z.boolean(),
});
export type Permissions = z.infer<typeof permissionsSchema>;

/** Binance's names for each permission, as the exchange's console shows them. */
export const PERMISSION_NAMES: Record<Permission, string> = {
  read: 'Read',
  spotMargin: 'Spot & Margin Trading',
  futures: 'Futures Trading',
  withdrawals: 'Withdrawals',
};

export const USE_CASES = [
  'portfolio-tracking',
  'tax-reports',
  'spot-bot',
  'futures-bot',
  'auto-transfer',
  'custom',
] as const;
export const useCaseSchema = z.enum(USE_CASES);
export type UseCase = z.infer<typeof useCaseSchema>;

export const USE_CASE_NAMES: Record<UseCase, string> = {
  'portfolio-tracking': 'Portfolio tracking',
  'tax-reports': 'Tax reports',
  'spot-bot': 'Spot trading bot',
  'futures-bot': 'Futures trading bot',
  'auto-transfer': 'Auto transfer',
  custom: 'Custom',
};

/**
 * DOMAIN.md's least-privilege table. `custom` has no fixed row: the user decides, and its
 * default is read only.
 */
export const USE_CASE_PERMISSIONS: Record<UseCase, Permissions> = {
  'portfolio-tracking': { read: true, spotMargin: false, futures: false, withdrawals: false },
  'tax-reports': { read: true, spotMargin: false, futures: false, withdrawals: false },
  'spot-bot': { read: true, spotMargin: true, futures: false, withdrawals: false },
  'futures-bot': { read: true, spotMargin: false, futures: true, withdrawals: false },
  'auto-transfer': { read: true, spotMargin: false, futures: false, withdrawals: true },
  custom: { read: true, spotMargin: false, futures: false, withdrawals: false },
};

export function defaultPermissions(useCase: UseCase): Permissions {
  return { ...USE_CASE_PERMISSIONS[useCase] };
}

/** Permissions granted beyond what the use case's row needs (none for `custom`). */
export function excessPermissions(useCase: UseCase, granted: Permissions): Permission[] {
  if (useCase === 'custom') return [];
  const needed = USE_CASE_PERMISSIONS[useCase];
  return PERMISSIONS.filter((p) => granted[p] && !needed[p]);
}

/** `ecdsa`: Coinbase (CDP) EC keys; Coinbase Ed25519 keys are `ed25519`. */
export const KEY_TYPES = ['hmac', 'ed25519', 'rsa', 'ecdsa'] as const;
export const keyTypeSchema = z.enum(KEY_TYPES);
export type KeyType = z.infer<typeof keyTypeSchema>;

export const KEY_STATUSES = ['active', 'rotating', 'revoked', 'compromised'] as const;
export const keyStatusSchema = z.enum(KEY_STATUSES);
export type KeyStatus = z.infer<typeof keyStatusSchema>;

/** Binance allows at most this many keys per account. */
export const MAX_KEYS_PER_ACCOUNT = 30;
export const DEFAULT_ROTATION_DAYS = 90;
export const MAX_RECOMMENDED_ROTATION_DAYS = 180;
