// Request schemas: every payload from the renderer is parsed with one of these before it
// reaches a handler. Invariants: objects are strict (an extra key, `__proto__` or
// `constructor` included, is refused), every string has an upper bound, numbers are finite
// and ranged. Core parses domain input again with its own schemas (labels, IPs, ...).
import { z } from 'zod';
import { checkAccelerator } from '../domain/accelerator';
import {
  keyTypeSchema,
  permissionsSchema,
  providerSchema,
  useCaseSchema,
} from '../domain/exchange';
import { ENVIRONMENTS } from '../domain/credentials';
import { ROTATION_STEPS, redFlagAnswerSchema, type RedFlag } from '../domain/key-record';
import { refuseUnsafeText } from '../domain/text-safety';

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
  tag: 40,
  tags: 20,
} as const;

const bounded = (max: number) => z.string().max(max);
/** Text a user typed: no control or bidi characters (notes: line breaks and tabs allowed). */
const typed = (max: number, what: string) => bounded(max).superRefine(refuseUnsafeText(what));
const typedNotes = (max: number, what = 'notes') =>
  bounded(max).superRefine(refuseUnsafeText(what, { multiline: true }));
const label = z.string().min(1).max(LIMITS.label).superRefine(refuseUnsafeText('a label'));
export const idSchema = z.string().min(1).max(LIMITS.id);
export const emptyRequest = z.strictObject({});
/** The add form holds a secret not saved yet (true) or no longer (false): the idle lock waits. */
export const unsavedDraftRequest = z.strictObject({ holding: z.boolean() });
/** Accept one of a key's findings through a day (YYYY-MM-DD), with a reason. */
export const riskAcceptRequest = z.strictObject({
  keyId: idSchema,
  rule: z.string().min(1).max(60),
  subject: z.string().min(1).max(100).optional(),
  until: z.string().max(10),
  note: z.string().max(2000),
});
export const riskWithdrawRequest = z.strictObject({
  keyId: idSchema,
  rule: z.string().min(1).max(60),
  subject: z.string().min(1).max(100).optional(),
});
/** Remove: to the Trash by default; `purge` deletes for good (also a key already in the Trash). */
export const keyRemoveRequest = z.strictObject({
  keyId: idSchema,
  purge: z.boolean().optional(),
});
const passphrase = z.string().min(1).max(LIMITS.passphrase);
const keyRef = z.strictObject({ keyId: idSchema });
const ipList = z.array(bounded(LIMITS.ipEntry)).max(LIMITS.ipEntries);
const tagList = z.array(typed(LIMITS.tag, 'a tag')).max(LIMITS.tags);
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
  /** A passphrase-only vault stays one: its new passphrase (unless keepKeychain). */
  newPassphrase: passphrase.optional(),
  /** A passphrase-only vault: keep the vault key in the keychain instead. */
  keepKeychain: z.boolean().optional(),
});
/** A passphrase vault: the current passphrase and a different new one (it stays one). */
export const vaultRekeyRequest = z.strictObject({
  passphrase: passphrase.optional(),
  newPassphrase: passphrase.optional(),
});

/**
 * Sets, changes (newPassphrase) or removes (null) the vault passphrase. A passphrase vault
 * sends its current one (core checks it); a keychain vault is confirmed by main instead.
 * keepKeychain: with a passphrase, the keychain keeps the vault key too.
 */
export const vaultSetPassphraseRequest = z.strictObject({
  passphrase: passphrase.optional(),
  newPassphrase: passphrase.nullable(),
  keepKeychain: z.boolean().optional(),
});
/** The emergency kit of the recovery key just shown (core checks it is the vault's). */
export const vaultSaveRecoveryKitRequest = z.strictObject({
  recoveryKey: z.string().min(1).max(LIMITS.recoveryKey),
  format: z.enum(['pdf', 'text']),
});

/** Fields shared by add and keygen; mirrors shared/domain/key-input.ts, bounded. */
const keyFields = {
  label,
  provider: providerSchema,
  account: typed(LIMITS.account, 'an account name').optional(),
  useCase: useCaseSchema.optional(),
  permissions: permissionsSchema.optional(),
  ipWhitelist: ipList.optional(),
  /** Service name: found or created. */
  service: typed(LIMITS.serviceName, 'a service name').optional(),
  rotationIntervalDays: rotationDays.optional(),
  notes: typedNotes(LIMITS.notes).optional(),
  tags: tagList.optional(),
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

export const keygenRequest = z.strictObject({ ...keyFields, ...credentialFields });

export const keyEditRequest = z.strictObject({
  keyId: idSchema,
  patch: z.strictObject({
    label: label.optional(),
    provider: providerSchema.optional(),
    account: typed(LIMITS.account, 'an account name').optional(),
    useCase: useCaseSchema.optional(),
    permissions: permissionsSchema.optional(),
    ipWhitelist: ipList.optional(),
    /** Service name, or null to detach the key from its service. */
    service: typed(LIMITS.serviceName, 'a service name').nullable().optional(),
    rotationIntervalDays: rotationDays.optional(),
    notes: typedNotes(LIMITS.notes).optional(),
    tags: tagList.optional(),
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
/** No passphrase here: main asks for it in its own window (never the page's fields). */
export const revealRequest = z.strictObject({ keyId: idSchema, field: secretFieldSchema });

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
  note: typedNotes(LIMITS.note, 'a note').optional(),
});

export const serviceAddRequest = z.strictObject({
  name: z.string().min(1).max(LIMITS.serviceName).superRefine(refuseUnsafeText('a service name')),
  url: typed(LIMITS.url, 'a service URL').optional(),
  notes: typedNotes(LIMITS.notes).optional(),
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

/** The global shortcut of the quick-search palette, spelled the canonical way; null: off. */
const quickSearchShortcut = z
  .string()
  .max(100)
  .transform((value, ctx) => {
    const checked = checkAccelerator(value);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.value;
  });
/** Snooze a reminder (and its later stages) until the start of a day, YYYY-MM-DD (UTC). */
export const reminderSnoozeUntilRequest = z.strictObject({
  reminderId: z.string().min(1).max(LIMITS.reminderId),
  until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD'),
});

export const settingsPatchRequest = z.strictObject({
  clipboardClearSeconds: z.number().int().min(5).max(300).nullable().optional(),
  autoLockMinutes: z.number().int().min(1).max(1440).optional(),
  reminderCadence: z.enum(['hourly', 'daily', 'off']).optional(),
  language: z.enum(['en', 'zh-CN']).optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
  dailyExchangeCheck: z.boolean().optional(),
  quickSearchShortcut: quickSearchShortcut.nullable().optional(),
  /** The recovery key shown at creation or re-key is not yet confirmed as stored (banner). */
  recoveryKeyPending: z.boolean().optional(),
});

/** `exchange.check`: one key, or (no keyId) every active key of a checkable exchange. */
export const exchangeCheckRequest = z.strictObject({
  keyId: z.string().min(1).max(64).optional(),
});

export const openExternalRequest = z.strictObject({ url: z.string().min(1).max(LIMITS.url) });

/** `import.commit`: the preview's keys to add (by index), each with its label and use case. */
export const importCommitRequest = z.strictObject({
  previewId: idSchema,
  entries: z
    .array(
      z.strictObject({
        index: z.number().int().min(0).max(10_000),
        label,
        useCase: useCaseSchema,
      }),
    )
    .min(1)
    .max(1000),
});

/** `scan.start`: the folders come from main's dialog (scan.chooseFolders), never the page. */
export const scanStartRequest = z.strictObject({ history: z.boolean(), git: z.boolean() });

/** `keys.undoEdit`: the history entry (its index) of the edit to undo; `overwrite` puts the
 * old values back even over fields changed since (core names them first). */
export const undoEditRequest = z.strictObject({
  keyId: idSchema,
  index: z.number().int().min(0).max(10_000_000),
  overwrite: z.boolean().optional(),
});
/** `backups.restore`: a name `backups.list` gave (core checks it is in backups/). */
export const backupRestoreRequest = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\w.-]+$/, 'a backup file name'),
});

export { keyRef as keyRefRequest };
