// Request schemas: every payload from the renderer is parsed with one of these before it
// reaches a handler. Invariants: objects are strict (an extra key, `__proto__` or
// `constructor` included, is refused), every string has an upper bound, numbers are finite
// and ranged. Core parses domain input again with its own schemas (labels, IPs, ...).
import { z } from 'zod';
import {
  keyTypeSchema,
  permissionsSchema,
  providerSchema,
  useCaseSchema,
} from '../domain/exchange';
import { ENVIRONMENTS } from '../domain/credentials';
import { ROTATION_STEPS, redFlagAnswerSchema, type RedFlag } from '../domain/key-record';

export const LIMITS = {
  id: 64,
  label: 100,
  account: 100,
  apiKey: 1000,
  secret: 20000,
  passphrase: 1024,
  /** An exchange's API passphrase (OKX), not the vault's. */
  apiPassphrase: 200,
  host: 253,
  extra: 100,
  extras: 100,
  recoveryKey: 256,
  notes: 10000,
  ipEntry: 64,
  ipEntries: 100,
  serviceName: 100,
  url: 2000,
  note: 2000,
  reminderId: 200,
} as const;

const bounded = (max: number) => z.string().max(max);
export const idSchema = z.string().min(1).max(LIMITS.id);
export const emptyRequest = z.strictObject({});
const passphrase = z.string().min(1).max(LIMITS.passphrase);
const keyRef = z.strictObject({ keyId: idSchema });
const ipList = z.array(bounded(LIMITS.ipEntry)).max(LIMITS.ipEntries);
const rotationDays = z.number().int().min(1).max(3650);
const apiPassphrase = bounded(LIMITS.apiPassphrase);
const credentialFields = {
  host: bounded(LIMITS.host).optional(),
  environment: z.enum(ENVIRONMENTS).optional(),
  extras: z.array(bounded(LIMITS.extra)).max(LIMITS.extras).optional(),
};

export const vaultCreateRequest = z.strictObject({
  passphrase: passphrase.optional(),
  /** With a passphrase: also keep the vault key in the keychain (unlock without typing). */
  keepKeychain: z.boolean().optional(),
});
export const vaultUnlockRequest = z.strictObject({ passphrase: passphrase.optional() });
export const vaultRecoverRequest = z.strictObject({
  recoveryKey: z.string().min(1).max(LIMITS.recoveryKey),
});

/** Fields shared by add and keygen; mirrors shared/domain/key-input.ts, bounded. */
const keyFields = {
  label: z.string().min(1).max(LIMITS.label),
  provider: providerSchema,
  account: bounded(LIMITS.account).optional(),
  useCase: useCaseSchema.optional(),
  permissions: permissionsSchema.optional(),
  ipWhitelist: ipList.optional(),
  /** Service name: found or created. */
  service: bounded(LIMITS.serviceName).optional(),
  rotationIntervalDays: rotationDays.optional(),
  notes: bounded(LIMITS.notes).optional(),
};

export const keyAddRequest = z.strictObject({
  ...keyFields,
  keyType: keyTypeSchema.optional(),
  apiKey: z.string().min(1).max(LIMITS.apiKey),
  secret: z.string().min(1).max(LIMITS.secret),
  /** The exchange's API passphrase (OKX; other with one). A secret, never sent back. */
  passphrase: apiPassphrase.optional(),
  ...credentialFields,
  publicKeyPem: bounded(5000).optional(),
});

export const keygenRequest = z.strictObject(keyFields);

export const keyEditRequest = z.strictObject({
  keyId: idSchema,
  patch: z.strictObject({
    label: z.string().min(1).max(LIMITS.label).optional(),
    provider: providerSchema.optional(),
    account: bounded(LIMITS.account).optional(),
    useCase: useCaseSchema.optional(),
    permissions: permissionsSchema.optional(),
    ipWhitelist: ipList.optional(),
    /** Service name, or null to detach the key from its service. */
    service: bounded(LIMITS.serviceName).nullable().optional(),
    rotationIntervalDays: rotationDays.optional(),
    notes: bounded(LIMITS.notes).optional(),
    /** A new API passphrase ('' removes it where the exchange has none). */
    passphrase: apiPassphrase.optional(),
    ...credentialFields,
  }),
});

export const keySetApiKeyRequest = z.strictObject({
  keyId: idSchema,
  apiKey: z.string().min(1).max(LIMITS.apiKey),
});

/** The values copy and reveal hand out; `passphrase` is the key's API passphrase. */
export const secretFieldSchema = z.enum(['apiKey', 'secret', 'passphrase']);
export const copyRequest = z.strictObject({ keyId: idSchema, field: secretFieldSchema });
export const revealRequest = z.strictObject({
  keyId: idSchema,
  field: secretFieldSchema,
  /** Required when the vault has a passphrase. */
  passphrase: passphrase.optional(),
});

/** `limit`: only the first rows (in the list's default order); absent: every key. */
export const keyListRequest = z.strictObject({
  limit: z.number().int().min(1).max(1_000_000).optional(),
});

export const findingsRequest = z.strictObject({ keyId: idSchema.optional() });

export const rotationRecordRequest = z.strictObject({
  keyId: idSchema,
  apiKey: z.string().min(1).max(LIMITS.apiKey),
  secret: z.string().min(1).max(LIMITS.secret),
  passphrase: apiPassphrase.optional(),
});
export const rotationStepRequest = z.strictObject({
  keyId: idSchema,
  step: z.enum(ROTATION_STEPS),
});

export const auditStartRequest = z.strictObject({ keyId: idSchema.optional() });
export const auditStepRequest = z.strictObject({ step: z.number().int().min(1).max(5) });

export const incidentStepRequest = z.strictObject({
  keyId: idSchema,
  step: z.number().int().min(1).max(8),
  note: bounded(LIMITS.note).optional(),
});

export const serviceAddRequest = z.strictObject({
  name: z.string().min(1).max(LIMITS.serviceName),
  url: bounded(LIMITS.url).optional(),
  notes: bounded(LIMITS.notes).optional(),
});
export const serviceAssessRequest = z.strictObject({
  serviceId: idSchema,
  // A strict object rather than z.partialRecord: the record silently drops a `__proto__` key
  // where this refuses it, like every other request.
  flags: z.strictObject({
    'asks-withdrawals': redFlagAnswerSchema.optional(),
    'no-ip-whitelist-support': redFlagAnswerSchema.optional(),
    'no-security-docs': redFlagAnswerSchema.optional(),
    'vague-operator': redFlagAnswerSchema.optional(),
    'unrealistic-returns': redFlagAnswerSchema.optional(),
    'asks-disable-ip-whitelist': redFlagAnswerSchema.optional(),
  } satisfies Record<RedFlag, z.ZodOptional<typeof redFlagAnswerSchema>>),
});

export const reminderSnoozeRequest = z.strictObject({
  reminderId: z.string().min(1).max(LIMITS.reminderId),
  days: z.number().int().min(1).max(90),
});

export const settingsPatchRequest = z.strictObject({
  clipboardClearSeconds: z.number().int().min(5).max(300).nullable().optional(),
  autoLockMinutes: z.number().int().min(1).max(1440).optional(),
  reminderCadence: z.enum(['hourly', 'daily', 'off']).optional(),
  language: z.enum(['en', 'zh-CN']).optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
});

export const openExternalRequest = z.strictObject({ url: z.string().min(1).max(LIMITS.url) });

export { keyRef as keyRefRequest };
