// Rotation, DOMAIN.md's four steps, as mutations of the vault data (VaultStore.update runs
// them: if one throws, nothing is saved). Start marks the key rotating; recording the new key
// material is step 1; steps 2 and 3 are ticked in order; finishing (step 4: the old key is
// deleted at the exchange) replaces the key material and keeps the old fingerprint in history.
// Abandoning loses nothing: the key keeps its material, and a new key already recorded is
// kept as an entry of its own, because it exists at the exchange.
import type {
  KeyRecord,
  RotationState,
  RotationStep,
  VaultData,
} from '../../../shared/domain/key-record';
import { ROTATION_STEPS } from '../../../shared/domain/key-record';
import { keyFingerprint } from '../../../shared/domain/key-summary';
import { ROTATION_STEP_TEXT } from '../../../shared/workflows/rotation-steps';
import { CREDENTIALS, OKX_PASSPHRASE_SENTENCE } from '../../../shared/domain/credentials';
import { apiPassphraseSchema, describeIssues } from '../../../shared/domain/key-input';
import { findKey } from '../keys/key-service';
import { randomUUID } from 'node:crypto';
import { record, refuse } from './history';

export interface NewKeyMaterial {
  /** May be '' for a generated Ed25519 pair whose API key the exchange has not given yet. */
  apiKey: string;
  secret: string;
  /** The new key's API passphrase (required for OKX; other only when it has one). */
  passphrase?: string | undefined;
  publicKeyPem?: string;
}

function rotating(data: VaultData, ref: string): { key: KeyRecord; rotation: RotationState } {
  const key = findKey(data, ref);
  if (!key.rotation) {
    throw refuse(`"${key.label}" has no rotation in progress: start one first.`);
  }
  return { key, rotation: key.rotation };
}

export function startRotation(data: VaultData, ref: string, now: Date): KeyRecord {
  const key = findKey(data, ref);
  if (key.rotation)
    throw refuse(
      `"${key.label}" is already being rotated: continue, finish or abandon that rotation.`,
    );
  if (key.status !== 'active') {
    throw refuse(
      key.status === 'compromised'
        ? `"${key.label}" is compromised: finish its leak response instead of rotating it.`
        : `"${key.label}" is ${key.status}: only an active key can be rotated.`,
    );
  }
  key.status = 'rotating';
  key.rotation = { startedAt: now.toISOString(), steps: {}, pending: null };
  record(key, now, 'rotation-started', `old key ${keyFingerprint(key)}`);
  return key;
}

/** Step 1: the new key's material (again, to correct it, until step 2 is done). */
export function recordNewKey(
  data: VaultData,
  ref: string,
  material: NewKeyMaterial,
  now: Date,
): KeyRecord {
  const { key, rotation } = rotating(data, ref);
  if (rotation.steps['service-updated']) {
    throw refuse(
      `The service already uses the new key of "${key.label}"; its material can no longer be replaced (abandon the rotation to start over).`,
    );
  }
  const apiKey = material.apiKey.trim();
  const secret = material.secret.trim();
  if (secret === '')
    throw refuse(`The new secret for "${key.label}" is empty; nothing was recorded.`);
  if (/\s/.test(apiKey)) throw refuse('An API key has no spaces; nothing was recorded.');
  if (apiKey === '' && !material.publicKeyPem)
    throw refuse(`The new API key for "${key.label}" is empty; nothing was recorded.`);
  if (apiKey !== '' && apiKey === key.apiKey) {
    throw refuse(
      `That is the API key "${key.label}" already has: create a new key at the exchange first.`,
    );
  }
  if (secret === key.secret)
    throw refuse(
      `That is the secret "${key.label}" already has: create a new key at the exchange first.`,
    );
  const passphrase = material.passphrase ?? '';
  const rule = CREDENTIALS[key.provider].passphrase;
  if (rule === 'required' && passphrase === '')
    throw refuse(`${OKX_PASSPHRASE_SENTENCE} Nothing was recorded.`);
  if (rule === 'none' && passphrase !== '')
    throw refuse(`${key.provider} keys have no API passphrase; nothing was recorded.`);
  const passphraseCheck = apiPassphraseSchema.safeParse(passphrase);
  if (!passphraseCheck.success)
    throw refuse(`${describeIssues(passphraseCheck.error)}; nothing was recorded.`);
  rotation.pending = {
    apiKey,
    secret,
    ...(passphrase !== '' && { passphrase }),
    ...(material.publicKeyPem !== undefined && { publicKeyPem: material.publicKeyPem }),
  };
  rotation.steps['new-key-created'] = now.toISOString();
  record(
    key,
    now,
    'rotation-step',
    `1. ${ROTATION_STEP_TEXT['new-key-created'].title}: new key ${keyFingerprint(rotation.pending)}`,
  );
  return key;
}

/** The API key the exchange gave for a generated Ed25519 replacement. */
export function setPendingApiKey(
  data: VaultData,
  ref: string,
  apiKey: string,
  now: Date,
): KeyRecord {
  const { key, rotation } = rotating(data, ref);
  const pending = rotation.pending;
  if (!pending) throw refuse(`Record or generate the new key of "${key.label}" first.`);
  const value = apiKey.trim();
  if (value === '' || /\s/.test(value))
    throw refuse('An API key is one word without spaces; nothing was recorded.');
  if (value === key.apiKey)
    throw refuse(`That is the API key "${key.label}" already has; nothing was recorded.`);
  pending.apiKey = value;
  record(key, now, 'api-key-set', `new key ${keyFingerprint(pending)} (rotation)`);
  return key;
}

/** Steps 2 and 3, in order; step 4 is finishRotation. */
export function markRotationStep(
  data: VaultData,
  ref: string,
  step: RotationStep,
  now: Date,
): KeyRecord {
  if (step === 'old-key-deleted') return finishRotation(data, ref, now);
  const { key, rotation } = rotating(data, ref);
  if (step === 'new-key-created') {
    throw refuse(
      `Step 1 of rotating "${key.label}" is done by recording the new key (its API key and secret) or generating a new Ed25519 pair.`,
    );
  }
  const n = ROTATION_STEPS.indexOf(step);
  const previous = ROTATION_STEPS[n - 1]!;
  if (!rotation.steps[previous]) {
    throw refuse(
      `Do step ${n} (${ROTATION_STEP_TEXT[previous].title.toLowerCase()}) before step ${n + 1}.`,
    );
  }
  if (rotation.steps[step])
    throw refuse(`Step ${n + 1} of rotating "${key.label}" is already done.`);
  rotation.steps[step] = now.toISOString();
  record(key, now, 'rotation-step', `${n + 1}. ${ROTATION_STEP_TEXT[step].title}`);
  return key;
}

/** Step 4: the old key is deleted at the exchange; the new material replaces it here. */
export function finishRotation(data: VaultData, ref: string, now: Date): KeyRecord {
  const { key, rotation } = rotating(data, ref);
  const missing = ROTATION_STEPS.slice(0, 3).find((s) => !rotation.steps[s]);
  if (missing) {
    const n = ROTATION_STEPS.indexOf(missing) + 1;
    throw refuse(
      `Step ${n} (${ROTATION_STEP_TEXT[missing].title.toLowerCase()}) is not done yet; finish it before deleting the old key.`,
    );
  }
  const pending = rotation.pending!;
  if (pending.apiKey === '') {
    throw refuse(`Record the API key the exchange gave for the new key of "${key.label}" first.`);
  }
  const oldFingerprint = keyFingerprint(key);
  record(
    key,
    now,
    'rotation-step',
    `4. ${ROTATION_STEP_TEXT['old-key-deleted'].title}: ${oldFingerprint}`,
  );
  key.apiKey = pending.apiKey;
  key.secret = pending.secret;
  if (pending.passphrase !== undefined) key.passphrase = pending.passphrase;
  else delete key.passphrase;
  if (pending.publicKeyPem !== undefined) key.publicKeyPem = pending.publicKeyPem;
  else delete key.publicKeyPem;
  key.lastRotatedAt = now.toISOString();
  key.status = 'active';
  key.rotation = null;
  record(
    key,
    now,
    'rotation-finished',
    `old key ${oldFingerprint} replaced by ${keyFingerprint(key)}`,
  );
  return key;
}

function uniqueLabel(data: VaultData, wanted: string): string {
  const taken = new Set(data.keys.map((k) => k.label.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const suffix =
      n === 1 ? ' (new key, rotation abandoned)' : ` (new key ${n}, rotation abandoned)`;
    const label = `${wanted.slice(0, 100 - suffix.length)}${suffix}`;
    if (!taken.has(label.toLowerCase())) return label;
  }
}

/**
 * Cancels the rotation: the key keeps its material and becomes active again. A new key
 * recorded at step 1 exists at the exchange, so it is kept as an entry of its own (same
 * permissions, whitelist and service) for the user to use or delete. Returns that entry.
 */
export function abandonRotation(
  data: VaultData,
  ref: string,
  now: Date,
  reason = 'abandoned',
): { key: KeyRecord; keptNewKey: KeyRecord | null } {
  const { key, rotation } = rotating(data, ref);
  const pending = rotation.pending;
  const done = ROTATION_STEPS.filter((s) => rotation.steps[s]).length;
  let kept: KeyRecord | null = null;
  if (pending) {
    const at = now.toISOString();
    kept = {
      ...structuredClone(key),
      id: randomUUID(),
      label: uniqueLabel(data, key.label),
      keyType: pending.publicKeyPem ? 'ed25519' : key.keyType,
      apiKey: pending.apiKey,
      secret: pending.secret,
      createdAt: at,
      lastRotatedAt: at,
      lastAuditedAt: null,
      status: 'active',
      history: [
        { at, type: 'created', detail: `kept from the abandoned rotation of "${key.label}"` },
      ],
      rotation: null,
      incident: null,
    };
    if (pending.publicKeyPem !== undefined) kept.publicKeyPem = pending.publicKeyPem;
    else delete kept.publicKeyPem;
    if (pending.passphrase !== undefined) kept.passphrase = pending.passphrase;
    else delete kept.passphrase;
    data.keys.push(kept);
  }
  key.rotation = null;
  if (key.status === 'rotating') key.status = 'active';
  record(
    key,
    now,
    'rotation-abandoned',
    `${reason} after ${done} of 4 steps; this key is unchanged${kept ? `; the new key ${keyFingerprint(kept)} is kept as "${kept.label}"` : ''}`,
  );
  return { key, keptNewKey: kept };
}
