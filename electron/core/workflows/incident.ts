// Leak response, DOMAIN.md's eight steps in order. Starting marks the key compromised (and
// cancels a rotation in progress, keeping any new key as its own entry); each step gets a
// time stamp and an optional note; finishing, after all eight, leaves the key revoked.
import type { IncidentState, KeyRecord, VaultData } from '../../../shared/domain/key-record';
import { INCIDENT_STEP_COUNT } from '../../../shared/domain/key-record';
import { keyFingerprint } from '../../../shared/domain/key-summary';
import { refusedTextMessage } from '../../../shared/domain/text-safety';
import { LEAK_RESPONSE_CHECKLIST } from '../../../shared/workflows/leak-steps';
import { findKey } from '../keys/key-service';
import { assertNoKeyMaterial, record, refuse } from './history';
import { abandonRotation } from './rotation';

const MAX_NOTE = 2000;

function open(data: VaultData, ref: string): { key: KeyRecord; incident: IncidentState } {
  const key = findKey(data, ref);
  if (!key.incident || key.incident.finishedAt !== null) {
    throw refuse(`"${key.label}" has no leak response in progress: start one first.`);
  }
  return { key, incident: key.incident };
}

export function startIncident(data: VaultData, ref: string, now: Date): KeyRecord {
  const key = findKey(data, ref);
  if (key.incident && key.incident.finishedAt === null) {
    throw refuse(
      `A leak response for "${key.label}" is already in progress: continue with its next step.`,
    );
  }
  if (key.status === 'revoked') throw refuse(`"${key.label}" is already revoked.`);
  if (key.rotation) abandonRotation(data, key.id, now, 'cancelled by the leak response');
  key.status = 'compromised';
  key.incident = { startedAt: now.toISOString(), steps: [], finishedAt: null };
  record(key, now, 'incident-started', `key ${keyFingerprint(key)} marked compromised`);
  return key;
}

/** Records step `step` (the next one: the order is DOMAIN.md's) with an optional note. */
export function incidentStep(
  data: VaultData,
  ref: string,
  step: number,
  note: string | undefined,
  now: Date,
): KeyRecord {
  const { key, incident } = open(data, ref);
  if (!Number.isInteger(step) || step < 1 || step > INCIDENT_STEP_COUNT) {
    throw refuse(
      `A leak response has steps 1 to ${INCIDENT_STEP_COUNT}; "${step}" is none of them.`,
    );
  }
  const next = incident.steps.length + 1;
  if (step < next)
    throw refuse(`Step ${step} of the leak response for "${key.label}" is already done.`);
  if (step > next) {
    throw refuse(
      `Do step ${next} first (${LEAK_RESPONSE_CHECKLIST[next - 1]!.title.toLowerCase()}): the leak response goes in order.`,
    );
  }
  const text = note?.trim();
  if (text !== undefined && text.length > MAX_NOTE)
    throw refuse(`A note has at most ${MAX_NOTE} characters.`);
  const unsafe = text && refusedTextMessage('A note', text, { multiline: true });
  if (unsafe) throw refuse(unsafe);
  if (text) assertNoKeyMaterial(text, key, 'The note');
  incident.steps.push({ step, at: now.toISOString(), ...(text ? { note: text } : {}) });
  const title = LEAK_RESPONSE_CHECKLIST[step - 1]!.title;
  record(key, now, 'incident-step', `${step}. ${title}${text ? `: ${text}` : ''}`);
  return key;
}

export function finishIncident(data: VaultData, ref: string, now: Date): KeyRecord {
  const { key, incident } = open(data, ref);
  if (incident.steps.length < INCIDENT_STEP_COUNT) {
    const next = incident.steps.length + 1;
    throw refuse(
      `The leak response for "${key.label}" is at step ${next} of ${INCIDENT_STEP_COUNT} (${LEAK_RESPONSE_CHECKLIST[next - 1]!.title.toLowerCase()}); do every step before finishing.`,
    );
  }
  incident.finishedAt = now.toISOString();
  key.status = 'revoked';
  record(key, now, 'incident-finished', 'leak response finished; the key is revoked');
  return key;
}
