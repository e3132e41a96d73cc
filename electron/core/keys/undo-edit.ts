// Undo of an edit from a key's history: puts back the non-secret values the edit changed, as
// a new edit recorded in history with its own undo record (so an undo can be undone too).
// Invariant: only the values history recorded are restored (shared/domain/edit-undo.ts);
// a secret, the API passphrase or the API key is never part of an undo.
import {
  applyUndo,
  changedSince,
  editUndoOf,
  undoableValues,
  type UndoableField,
} from '../../../shared/domain/edit-undo';
import { credentialProblems } from '../../../shared/domain/credentials';
import type { HistoryEvent, KeyRecord, VaultData } from '../../../shared/domain/key-record';
import { toKeySummary, type KeySummary } from '../../../shared/domain/key-summary';
import { KeywardError } from '../errors';
import type { VaultStore } from '../vault/vault-store';
import { findKey } from './key-service';

export interface UndoOutcome {
  /** False when fields changed since and `overwrite` was not given: nothing was changed. */
  undone: boolean;
  /** The fields the undo puts (or would put) back. */
  fields: UndoableField[];
  /** Of those, the ones a later change set to another value. */
  changedSince: UndoableField[];
  /** The key after the undo (unchanged when not undone). */
  key: KeySummary;
}

/** History's field names, as edit() writes them ('service' for the service). */
const historyName = (field: UndoableField) => (field === 'serviceId' ? 'service' : field);

/** The index in history of the key's newest undoable edit, or null when none can be undone. */
export function lastUndoableIndex(key: Pick<KeyRecord, 'history'>): number | null {
  for (let i = key.history.length - 1; i >= 0; i -= 1) {
    if (key.history[i]?.undo) return i;
  }
  return null;
}

function checkRestorable(data: VaultData, key: KeyRecord, fields: UndoableField[]): void {
  if (fields.includes('label')) {
    const clash = data.keys.find(
      (k) => k.id !== key.id && k.label.toLowerCase() === key.label.toLowerCase(),
    );
    if (clash) {
      throw new KeywardError(
        'invalid-input',
        `The edit was not undone: another key is now labelled "${clash.label}"; rename that key first.`,
      );
    }
  }
  if (key.serviceId !== null && !data.services.some((s) => s.id === key.serviceId)) {
    key.serviceId = null;
  }
}

/**
 * Undoes the edit recorded at `index` of the key's history (default: its newest undoable
 * one). When a later change set one of its fields to another value, nothing is changed and
 * the outcome names those fields, unless `overwrite` asks to put the old values back anyway.
 */
export async function undoEdit(
  store: VaultStore,
  clock: () => Date,
  ref: string,
  options: { index?: number; overwrite?: boolean } = {},
): Promise<UndoOutcome> {
  // A first look without the writer lock: a refusal (fields changed since) saves nothing.
  const data = await store.read();
  const looked = undoFor(findKey(data, ref), options.index);
  if (looked.conflicts.length > 0 && options.overwrite !== true) {
    return {
      undone: false,
      fields: looked.fields,
      changedSince: looked.conflicts,
      key: toKeySummary(findKey(data, ref), data.services),
    };
  }
  return store.update((fresh) => {
    const key = findKey(fresh, ref);
    const { event, undo, fields, conflicts } = undoFor(key, options.index);
    if (conflicts.length > 0 && options.overwrite !== true) {
      // Another change came in between the look and the lock.
      throw new KeywardError(
        'conflict',
        `The key "${key.label}" changed meanwhile (${conflicts.join(', ')}); nothing was changed. Look again, then undo.`,
      );
    }
    const problemsBefore = new Set(credentialProblems(key).map((p) => p.message));
    const valuesBefore = undoableValues(key);
    applyUndo(key, undo);
    checkRestorable(fresh, key, fields);
    const problems = credentialProblems(key).filter((p) => !problemsBefore.has(p.message));
    if (problems.length > 0) {
      throw new KeywardError(
        'invalid-input',
        `The edit was not undone: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
      );
    }
    const redo = editUndoOf(valuesBefore, undoableValues(key));
    if (redo) {
      const record: HistoryEvent = {
        at: clock().toISOString(),
        type: 'edited',
        detail: `undo of the edit of ${event.at}`,
        fields: Object.keys(redo.before).map((f) => historyName(f as UndoableField)),
        undo: redo,
      };
      key.history.push(record);
    }
    return {
      undone: true,
      fields,
      changedSince: conflicts,
      key: toKeySummary(key, fresh.services),
    };
  });
}

/** The history entry to undo (by index, or the newest undoable) and its fields changed since. */
function undoFor(key: KeyRecord, wanted: number | undefined) {
  const index = wanted ?? lastUndoableIndex(key);
  const event = index === null ? undefined : key.history[index];
  if (!event?.undo) {
    throw new KeywardError(
      index === null ? 'not-found' : 'invalid-input',
      index === null
        ? `The key "${key.label}" has no edit that can be undone (edits made before this version of Keyward did not keep the old values).`
        : `That history entry of "${key.label}" is not an edit that can be undone; nothing was changed.`,
    );
  }
  return {
    event,
    undo: event.undo,
    fields: Object.keys(event.undo.before) as UndoableField[],
    conflicts: changedSince(key, event.undo),
  };
}
