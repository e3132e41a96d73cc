// What a caller may send to add or edit a key (the add form over IPC, the CLI). Parsed as
// unknown at every boundary. Invariant: the secret enters here once and is never echoed back.
import { z } from 'zod';
import {
  DEFAULT_ROTATION_DAYS,
  keyTypeSchema,
  permissionsSchema,
  providerSchema,
  useCaseSchema,
} from './exchange';
import { RULES } from '../findings/types';
import {
  credentialProblems,
  defaultHost,
  defaultKeyType,
  normalizeTrade,
  PASSPHRASE_MAX_LENGTH,
} from './credentials';
import {
  environmentSchema,
  ipWhitelistSchema,
  labelSchema,
  TAG_MAX_COUNT,
  TAG_MAX_LENGTH,
} from './key-record';
import { refuseUnsafeText } from './text-safety';

// Typed text refuses control and bidi characters (text-safety.ts); the stored-record schemas
// of key-record.ts do not, so a vault that already holds some still opens.
const labelInputSchema = labelSchema.superRefine(refuseUnsafeText('a label'));

export const serviceNameSchema = z
  .string()
  .trim()
  .min(1, 'a service name cannot be empty')
  .max(100, 'a service name has at most 100 characters')
  .superRefine(refuseUnsafeText('a service name'));

export const rotationDaysSchema = z
  .number({ error: 'rotation interval must be a whole number of days' })
  .int('rotation interval must be a whole number of days')
  .min(1, 'rotation interval must be at least 1 day')
  .max(3650, 'rotation interval must be at most 3650 days');

const accountSchema = z
  .string()
  .trim()
  .max(100, 'an account name has at most 100 characters')
  .superRefine(refuseUnsafeText('an account name'));
const notesSchema = z
  .string()
  .max(10000, 'notes have at most 10000 characters')
  .superRefine(refuseUnsafeText('notes', { multiline: true }));

/**
 * The API passphrase as typed: one line, kept as is (spaces may belong to it). '' means none.
 * Invariant: a secret like the secret; validation messages never quote it.
 */
export const apiPassphraseSchema = z
  .string()
  .max(PASSPHRASE_MAX_LENGTH, `an API passphrase has at most ${PASSPHRASE_MAX_LENGTH} characters`)
  .refine((value) => !/[\r\n]/.test(value), 'an API passphrase is one line');

/** Tags as typed: trimmed, one line, no control characters, each once (first spelling kept). */
export const tagsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'a tag cannot be empty')
      .max(TAG_MAX_LENGTH, `a tag has at most ${TAG_MAX_LENGTH} characters`)
      .superRefine(refuseUnsafeText('a tag')),
  )
  .max(TAG_MAX_COUNT, `a key has at most ${TAG_MAX_COUNT} tags`)
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((tag) => {
      const folded = tag.toLowerCase();
      if (seen.has(folded)) return false;
      seen.add(folded);
      return true;
    });
  });

export const extrasSchema = z
  .array(z.string().trim().min(1).max(100))
  .max(100)
  .transform((extras) => [...new Set(extras)]);

export const newKeyInputSchema = z
  .strictObject({
    label: labelInputSchema,
    provider: providerSchema,
    account: accountSchema.default(''),
    useCase: useCaseSchema.default('custom'),
    /** Default: hmac; for Coinbase, what the secret is (EC PEM -> ecdsa, else ed25519). */
    keyType: keyTypeSchema.optional(),
    apiKey: z.string().trim().max(1000, 'an API key has at most 1000 characters').default(''),
    secret: z.string().trim().min(1, 'the secret is empty').max(20000, 'the secret is too long'),
    publicKeyPem: z.string().max(5000).optional(),
    /** Default: the exchange's main host for the environment. */
    host: z.string().trim().toLowerCase().max(253).optional(),
    environment: environmentSchema.default('live'),
    passphrase: apiPassphraseSchema.optional(),
    permissions: permissionsSchema.optional(),
    extras: extrasSchema.default([]),
    ipWhitelist: ipWhitelistSchema.default([]),
    service: serviceNameSchema.optional(),
    rotationIntervalDays: rotationDaysSchema.default(DEFAULT_ROTATION_DAYS),
    notes: notesSchema.default(''),
    tags: tagsSchema.default([]),
  })
  .transform((input) => {
    const { passphrase, ...rest } = input;
    return {
      ...rest,
      keyType: input.keyType ?? defaultKeyType(input.provider, input.secret),
      host: input.host ?? defaultHost(input.provider, input.environment),
      ...(passphrase !== undefined && passphrase !== '' && { passphrase }),
      ...(input.permissions && { permissions: normalizeTrade(input.provider, input.permissions) }),
    };
  })
  .superRefine((input, ctx) => {
    if (input.apiKey === '' && !input.publicKeyPem) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'the API key is empty' });
    }
    if (/\s/.test(input.apiKey)) {
      ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'an API key has no spaces' });
    }
    for (const problem of credentialProblems(input)) {
      ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });
export type NewKeyInput = z.input<typeof newKeyInputSchema>;
export type NewKey = z.output<typeof newKeyInputSchema>;

export const keyEditSchema = z.strictObject({
  label: labelInputSchema.optional(),
  provider: providerSchema.optional(),
  account: accountSchema.optional(),
  useCase: useCaseSchema.optional(),
  permissions: permissionsSchema.optional(),
  host: z.string().trim().toLowerCase().max(253).optional(),
  environment: environmentSchema.optional(),
  /** A new API passphrase ('' removes it, where the exchange has none). Never echoed. */
  passphrase: apiPassphraseSchema.optional(),
  extras: extrasSchema.optional(),
  ipWhitelist: ipWhitelistSchema.optional(),
  service: serviceNameSchema.nullable().optional(),
  rotationIntervalDays: rotationDaysSchema.optional(),
  notes: notesSchema.optional(),
  tags: tagsSchema.optional(),
});
export type KeyEdit = z.input<typeof keyEditSchema>;
export type KeyEditValue = z.output<typeof keyEditSchema>;

/** One readable sentence from a zod error: "label: a label is required". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Accepting a finding until a date (a day, YYYY-MM-DD, accepted through its end in UTC). */
export const riskAcceptanceSchema = z.strictObject({
  rule: z.enum(RULES, { error: `the rule is one of ${RULES.join(', ')}` }),
  subject: z.string().trim().min(1).max(100).optional(),
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'the date is a day written YYYY-MM-DD')
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'no such day'),
  note: z
    .string()
    .trim()
    .min(1, 'say why this risk is accepted (a note is required)')
    .max(2000, 'a note has at most 2000 characters')
    .superRefine(refuseUnsafeText('a note', { multiline: true })),
});
export type RiskAcceptanceInput = z.input<typeof riskAcceptanceSchema>;
