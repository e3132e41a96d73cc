// Recording the API key the exchange gives for a self-generated key: on a keygen entry that
// has none yet, or on the Ed25519 replacement of a rotation in progress.
import type { KeyRecord, VaultData } from '../../../shared/domain/key-record';
import { keyFingerprint } from '../../../shared/domain/key-summary';
import { findKey } from '../keys/key-service';
import { record, refuse } from './history';
import { setPendingApiKey } from './rotation';

export function setApiKey(data: VaultData, ref: string, apiKey: string, now: Date): KeyRecord {
  const key = findKey(data, ref);
  if (key.rotation?.pending && key.rotation.pending.apiKey === '') {
    return setPendingApiKey(data, key.id, apiKey, now);
  }
  if (key.apiKey !== '') {
    throw refuse(
      `"${key.label}" already has an API key (${keyFingerprint(key)}); to replace the key, rotate it.`,
    );
  }
  const value = apiKey.trim();
  if (value === '' || /\s/.test(value))
    throw refuse('An API key is one word without spaces; nothing was recorded.');
  if (value.length > 1000) throw refuse('An API key has at most 1000 characters.');
  key.apiKey = value;
  record(key, now, 'api-key-set', `API key ${keyFingerprint(key)} recorded`);
  return key;
}
