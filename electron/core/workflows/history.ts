// Helpers the workflows share: appending to a key's history and refusing bad requests.
// Invariant: a history event never holds a secret or a full API key (fingerprints only).
import type { HistoryEvent, KeyRecord } from '../../../shared/domain/key-record';
import { KeywardError } from '../errors';

export function record(
  key: KeyRecord,
  now: Date,
  type: HistoryEvent['type'],
  detail?: string,
): void {
  key.history.push({ at: now.toISOString(), type, ...(detail !== undefined && { detail }) });
}

/** A request the current state does not allow: exit 2, nothing changed (update() rolls back). */
export function refuse(message: string): KeywardError {
  return new KeywardError('invalid-input', message);
}

/** Notes are free text kept in history: refuse one that contains the key's own material. */
export function assertNoKeyMaterial(text: string, key: KeyRecord, what: string): void {
  const material = [
    key.apiKey,
    key.secret,
    key.rotation?.pending?.apiKey,
    key.rotation?.pending?.secret,
  ];
  for (const value of material) {
    if (value && value.length >= 8 && text.includes(value)) {
      throw refuse(
        `${what} contains the key "${key.label}" itself; leave secrets and API keys out of notes.`,
      );
    }
  }
}
