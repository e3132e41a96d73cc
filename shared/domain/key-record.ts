// The vault's records: keys, their history and workflows, and third-party services.
// Every record read from disk or received over IPC is parsed with these schemas.
// Invariant: `secret` and the API `passphrase` (and a pending rotation's) exist only inside the
// encrypted vault payload and in core's memory; summaries (`toKeySummary`) never carry them.
import { z } from 'zod';
import {
  DEFAULT_ROTATION_DAYS,
  keyStatusSchema,
  keyTypeSchema,
  permissionsSchema,
  providerSchema,
  useCaseSchema,
} from './exchange';
import { ENVIRONMENTS, upgradeKeyRecord } from './credentials';
import { keyCheckSchema } from './exchange-check';
import { checkIpEntry } from './ip';
import { scanStateSchema } from './scan-record';
import { AUDIT_STEP_COUNT, INCIDENT_STEP_COUNT, RED_FLAGS, ROTATION_STEPS } from './workflow-steps';

// Plain constants, kept in a zod-free module so code that needs only them (the renderer's
// start-up strings, shared/workflows) does not build these schemas.
export {
  AUDIT_STEP_COUNT,
  INCIDENT_STEP_COUNT,
  RED_FLAG_TEXT,
  RED_FLAGS,
  ROTATION_STEPS,
} from './workflow-steps';
export type { RedFlag, RotationStep } from './workflow-steps';

export const isoDateSchema = z.iso.datetime({ offset: true });

export const labelSchema = z
  .string()
  .trim()
  .min(1, 'a label is required')
  .max(100, 'a label has at most 100 characters');

export const ipEntrySchema = z.string().transform((value, ctx) => {
  const result = checkIpEntry(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  }
  return result.value;
});

export const ipWhitelistSchema = z.array(ipEntrySchema).max(100, 'at most 100 IP entries');

export const HISTORY_EVENT_TYPES = [
  'created',
  'edited',
  'permissions-changed',
  'copied',
  'revealed',
  'api-key-set',
  'rotation-started',
  'rotation-step',
  'rotation-finished',
  'rotation-abandoned',
  'audit-step',
  'audited',
  'incident-started',
  'incident-step',
  'incident-finished',
  'removed',
  'trashed',
  'restored',
  'risk-accepted',
  'risk-acceptance-withdrawn',
  'exchange-accepted',
  'rotation-verified',
] as const;

/** One entry of a key's append-only history. Never holds a secret or a full API key. */
export const historyEventSchema = z.strictObject({
  at: isoDateSchema,
  type: z.enum(HISTORY_EVENT_TYPES),
  /** Human-readable detail: field names, a step name, a masked fingerprint, a note. */
  detail: z.string().max(2000).optional(),
  fields: z.array(z.string().max(40)).max(40).optional(),
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const rotationStateSchema = z.strictObject({
  startedAt: isoDateSchema,
  steps: z.partialRecord(z.enum(ROTATION_STEPS), isoDateSchema),
  /** The new key material, recorded at step 1; replaces the old one on finish. */
  pending: z
    .strictObject({
      apiKey: z.string(),
      secret: z.string(),
      /** The new key's API passphrase (OKX; other with one): a secret like `secret`. */
      passphrase: z.string().optional(),
      publicKeyPem: z.string().optional(),
    })
    .nullable(),
});
export type RotationState = z.infer<typeof rotationStateSchema>;

export const incidentStateSchema = z.strictObject({
  startedAt: isoDateSchema,
  steps: z.array(
    z.strictObject({
      step: z.number().int().min(1).max(INCIDENT_STEP_COUNT),
      at: isoDateSchema,
      note: z.string().max(2000).optional(),
    }),
  ),
  finishedAt: isoDateSchema.nullable(),
});
export type IncidentState = z.infer<typeof incidentStateSchema>;

/**
 * A finding the user accepts for a while because the key needs it by design (an auto-transfer
 * key must withdraw): until `until` it is shown as accepted and does not fail `keyward audit`.
 * `rule` is a finding rule id (shared/findings/types.ts RULES; checked where it is set);
 * `subject`, when given, narrows it (e.g. one permission).
 */
export const acceptedRiskSchema = z.strictObject({
  rule: z.string().min(1).max(60),
  subject: z.string().max(100).optional(),
  until: isoDateSchema,
  note: z.string().trim().min(1, 'say why the risk is accepted').max(2000),
  at: isoDateSchema,
});
export type AcceptedRisk = z.infer<typeof acceptedRiskSchema>;

export const environmentSchema = z.enum(ENVIRONMENTS);

const keyRecordShape = z.strictObject({
  id: z.string().min(1).max(64),
  label: labelSchema,
  provider: providerSchema,
  account: z.string().trim().max(100),
  useCase: useCaseSchema,
  keyType: keyTypeSchema,
  /** Public part; '' for a self-generated key whose API key the exchange has not given yet. */
  apiKey: z.string().max(1000),
  /** Private part: HMAC secret, or the private key (PEM) of a self-generated pair. */
  secret: z.string().max(20000),
  /** SPKI PEM of a self-generated key's public half, to paste into the exchange's form. */
  publicKeyPem: z.string().max(5000).optional(),
  /** The API host the key works on (e.g. www.okx.com); '' for provider `other`. */
  host: z.string().max(253),
  environment: environmentSchema,
  /** The API passphrase (OKX; other with one): a secret like `secret`, never in a summary. */
  passphrase: z.string().max(1000).optional(),
  permissions: permissionsSchema,
  /** The exchange's other permission switches (shared/domain/credentials.ts ids). */
  extras: z.array(z.string().max(100)).max(100),
  ipWhitelist: ipWhitelistSchema,
  serviceId: z.string().max(64).nullable(),
  createdAt: isoDateSchema,
  lastRotatedAt: isoDateSchema,
  rotationIntervalDays: z.number().int().min(1).max(3650),
  lastAuditedAt: isoDateSchema.nullable(),
  notes: z.string().max(10000),
  status: keyStatusSchema,
  history: z.array(historyEventSchema),
  rotation: rotationStateSchema.nullable(),
  incident: incidentStateSchema.nullable(),
  /** Findings accepted until a date; absent in vaults written before acceptance existed. */
  acceptedRisks: z.array(acceptedRiskSchema).max(200).optional(),
  /**
   * The last check with the exchange (issue 11): facts, time, outcome and diagnosis; never a
   * secret. Optional: absent in vaults written before checks existed, and until a first check.
   */
  lastCheck: keyCheckSchema.optional(),
  /** When a secret or the API key was last copied (the tray's recent keys, sorting); optional. */
  lastCopiedAt: isoDateSchema.optional(),
});
/** Old records get the new fields' defaults before the strict parse (see upgradeKeyRecord). */
export const keyRecordSchema = z.preprocess(upgradeKeyRecord, keyRecordShape);
export type KeyRecord = z.infer<typeof keyRecordShape>;

export const redFlagSchema = z.enum(RED_FLAGS);
export const redFlagAnswerSchema = z.enum(['yes', 'no', 'unknown']);
export type RedFlagAnswer = z.infer<typeof redFlagAnswerSchema>;

export const serviceRecordSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, 'a service name is required').max(100),
  url: z.string().trim().max(500),
  notes: z.string().max(10000),
  assessment: z.strictObject({
    flags: z.record(redFlagSchema, redFlagAnswerSchema),
    assessedAt: isoDateSchema.nullable(),
  }),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const auditRunSchema = z.strictObject({
  startedAt: isoDateSchema,
  /** The keys under review: every key at start, or one. */
  keyIds: z.array(z.string()),
  steps: z.array(
    z.strictObject({ step: z.number().int().min(1).max(AUDIT_STEP_COUNT), at: isoDateSchema }),
  ),
});
export type AuditRun = z.infer<typeof auditRunSchema>;

/**
 * What stays of a removed key: enough to answer "what happened to it" (its history, ending
 * with 'removed'), never its secret or full API key.
 */
export const removedKeySchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.string().max(100),
  provider: providerSchema,
  fingerprint: z.string().max(100),
  removedAt: isoDateSchema,
  history: z.array(historyEventSchema),
});
export type RemovedKey = z.infer<typeof removedKeySchema>;

/**
 * A key in the Trash: the whole record, its secret still encrypted inside the vault payload,
 * kept TRASH_DAYS days (shared/domain/trash.ts) so a mistaken remove can be undone.
 */
export const trashedKeySchema = z.strictObject({
  key: keyRecordSchema,
  trashedAt: isoDateSchema,
});
export type TrashedKey = z.infer<typeof trashedKeySchema>;

/** The decrypted vault payload. */
export const vaultDataSchema = z.strictObject({
  keys: z.array(keyRecordSchema),
  services: z.array(serviceRecordSchema),
  removed: z.array(removedKeySchema),
  trash: z.array(trashedKeySchema),
  audit: z.strictObject({
    lastAuditAt: isoDateSchema.nullable(),
    run: auditRunSchema.nullable(),
  }),
  /** Places where plaintext copies of stored values were found (issue 12); optional. */
  scan: scanStateSchema.optional(),
});
export type VaultData = z.infer<typeof vaultDataSchema>;

export function emptyVaultData(): VaultData {
  return {
    keys: [],
    services: [],
    removed: [],
    trash: [],
    audit: { lastAuditAt: null, run: null },
  };
}

export function unknownAssessment(): ServiceRecord['assessment'] {
  return {
    flags: {
      'asks-withdrawals': 'unknown',
      'no-ip-whitelist-support': 'unknown',
      'no-security-docs': 'unknown',
      'vague-operator': 'unknown',
      'unrealistic-returns': 'unknown',
      'asks-disable-ip-whitelist': 'unknown',
    },
    assessedAt: null,
  };
}

export { DEFAULT_ROTATION_DAYS };
