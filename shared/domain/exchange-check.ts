// What an exchange says about a key (issue "Ask the exchange"), and what a check of a key
// produced. Stored in the vault as a key's `lastCheck`; shown in the app and by
// `keyward check --json`. Invariant: nothing here is ever a secret (no API key value, no
// secret, no passphrase): facts, times, an outcome and a diagnosis worded for the user.
import { z } from 'zod';
import { permissionsSchema } from './exchange';

const isoSchema = z.iso.datetime({ offset: true });

/** One shape for every exchange's answer about a key. */
export const exchangeFactsSchema = z.strictObject({
  permissions: permissionsSchema,
  /** The exchange's other permission switches that are on (credentials issue's extra ids). */
  extras: z.array(z.string().max(100)).max(100),
  /** Whether the key only works from listed IPs; null when the exchange does not say. */
  ipRestricted: z.boolean().nullable(),
  /** The key's IP list; null when the exchange does not return it (Binance, Coinbase). */
  ipWhitelist: z.array(z.string().max(100)).max(200).nullable(),
  /** When the key (or, for Binance, its Spot & Margin permission) lapses; null: never/unknown. */
  expiresAt: isoSchema.nullable(),
  createdAt: isoSchema.nullable(),
});
export type ExchangeFacts = z.infer<typeof exchangeFactsSchema>;

export const DIAGNOSIS_CODES = [
  'unknown-key',
  'bad-signature',
  'ip-not-allowed',
  'rate-limited',
  'unreachable',
  'clock-skew',
  'unsupported',
] as const;
export const diagnosisCodeSchema = z.enum(DIAGNOSIS_CODES);
export type DiagnosisCode = z.infer<typeof diagnosisCodeSchema>;

/** Why a check got no facts, in words a user can act on. */
export const diagnosisSchema = z.strictObject({
  code: diagnosisCodeSchema,
  message: z.string().max(1000),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

export const CHECK_OUTCOMES = [
  'ok',
  'drift',
  'rejected',
  'ip-blocked',
  'rate-limited',
  'unreachable',
  'unsupported',
] as const;
export const checkOutcomeSchema = z.enum(CHECK_OUTCOMES);
export type CheckOutcome = z.infer<typeof checkOutcomeSchema>;

/** One field where the record and the exchange disagree. */
export const checkDifferenceSchema = z.strictObject({
  /** `permissions.<name>`, `extras.<id>`, `ipRestricted` or `ipWhitelist`. */
  field: z.string().max(120),
  recorded: z.union([z.boolean(), z.array(z.string().max(100)).max(200), z.null()]),
  exchange: z.union([z.boolean(), z.array(z.string().max(100)).max(200), z.null()]),
});
export type CheckDifference = z.infer<typeof checkDifferenceSchema>;

/** A key's last check, kept in the vault on the key record (`lastCheck`). */
export const keyCheckSchema = z.strictObject({
  checkedAt: isoSchema,
  /** The host that answered (the recorded host, never an override URL). */
  host: z.string().max(255),
  outcome: checkOutcomeSchema,
  exchange: exchangeFactsSchema.nullable(),
  differences: z.array(checkDifferenceSchema).max(300),
  diagnosis: diagnosisSchema.nullable(),
});
export type KeyCheck = z.infer<typeof keyCheckSchema>;

/** The outcome a diagnosis stands for (a check that got no facts). */
export function outcomeForDiagnosis(code: DiagnosisCode): CheckOutcome {
  switch (code) {
    case 'ip-not-allowed':
      return 'ip-blocked';
    case 'rate-limited':
      return 'rate-limited';
    case 'unreachable':
      return 'unreachable';
    case 'unsupported':
      return 'unsupported';
    case 'unknown-key':
    case 'bad-signature':
    case 'clock-skew':
      return 'rejected';
  }
}
