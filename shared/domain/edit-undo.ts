// Undoing an edit from a key's history. Each edit records, on its first history event, the
// old and new values of the non-secret fields it changed, so the user can put them back.
// Invariant: only the fields listed in UNDOABLE_FIELDS are ever recorded; the secret, the API
// passphrase and the API key are not among them and never enter history.
import { z } from 'zod';
import { ENVIRONMENTS } from './credentials';
import { permissionsSchema, providerSchema, useCaseSchema } from './exchange';
import type { KeyRecord } from './key-record';

/** The fields an undo can put back: none of them is a secret or the full API key. */
export const UNDOABLE_FIELDS = [
  'label',
  'provider',
  'account',
  'useCase',
  'serviceId',
  'environment',
  'host',
  'permissions',
  'extras',
  'ipWhitelist',
  'rotationIntervalDays',
  'notes',
] as const;
export type UndoableField = (typeof UNDOABLE_FIELDS)[number];

/** Values of undoable fields, as stored in history (any subset). */
export const undoValuesSchema = z.strictObject({
  label: z.string().max(100).optional(),
  provider: providerSchema.optional(),
  account: z.string().max(100).optional(),
  useCase: useCaseSchema.optional(),
  serviceId: z.string().max(64).nullable().optional(),
  environment: z.enum(ENVIRONMENTS).optional(),
  host: z.string().max(253).optional(),
  permissions: permissionsSchema.optional(),
  extras: z.array(z.string().max(100)).max(100).optional(),
  ipWhitelist: z.array(z.string().max(100)).max(100).optional(),
  rotationIntervalDays: z.number().int().min(1).max(3650).optional(),
  notes: z.string().max(10000).optional(),
});
export type UndoValues = z.infer<typeof undoValuesSchema>;

/** What an edit changed: the fields' values before and after it (the same fields in both). */
export const editUndoSchema = z.strictObject({
  before: undoValuesSchema,
  after: undoValuesSchema,
});
export type EditUndo = z.infer<typeof editUndoSchema>;

type Undoable = Pick<KeyRecord, UndoableField>;

/** A copy of the key's undoable values (arrays and objects copied, never shared). */
export function undoableValues(key: Undoable): Required<UndoValues> {
  return {
    label: key.label,
    provider: key.provider,
    account: key.account,
    useCase: key.useCase,
    serviceId: key.serviceId,
    environment: key.environment,
    host: key.host,
    permissions: { ...key.permissions },
    extras: [...key.extras],
    ipWhitelist: [...key.ipWhitelist],
    rotationIntervalDays: key.rotationIntervalDays,
    notes: key.notes,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The undo record of a change from `before` to `after`, or null when nothing undoable changed. */
export function editUndoOf(
  before: Required<UndoValues>,
  after: Required<UndoValues>,
): EditUndo | null {
  const changed = UNDOABLE_FIELDS.filter((field) => !same(before[field], after[field]));
  if (changed.length === 0) return null;
  const pick = (values: Required<UndoValues>): UndoValues =>
    Object.fromEntries(changed.map((field) => [field, values[field]]));
  return { before: pick(before), after: pick(after) };
}

/** The fields the edit set that hold another value now (changed by a later edit). */
export function changedSince(key: Undoable, undo: EditUndo): UndoableField[] {
  const now = undoableValues(key);
  return UNDOABLE_FIELDS.filter(
    (field) => field in undo.after && !same(now[field], undo.after[field]),
  );
}

/** Puts the edit's old values back on `key` (mutates it). */
export function applyUndo(key: Undoable, undo: EditUndo): void {
  const before = undo.before;
  const target = key as Record<UndoableField, unknown>;
  for (const field of UNDOABLE_FIELDS) {
    if (!(field in before)) continue;
    const value = before[field];
    target[field] = Array.isArray(value)
      ? [...value]
      : typeof value === 'object' && value !== null
        ? { ...value }
        : value;
  }
}
