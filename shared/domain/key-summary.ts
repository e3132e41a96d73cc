// What may leave core for display: a key without its secret or API passphrase, its API key
// masked.
import { apiKeyFingerprint } from './fingerprint';
import type { KeyRecord, ServiceRecord } from './key-record';

/** First 4 + last 4 characters; short values are fully masked. Never the whole key. */
export function maskApiKey(apiKey: string): string {
  if (apiKey === '') return '';
  if (apiKey.length <= 12) return '*'.repeat(apiKey.length);
  return apiKeyFingerprint(apiKey);
}

/**
 * A short, stable, non-secret id to match a vault entry with the exchange's console:
 * the masked API key (the console shows the same first and last characters).
 */
export function keyFingerprint(key: Pick<KeyRecord, 'apiKey' | 'publicKeyPem'>): string {
  if (key.apiKey !== '') return maskApiKey(key.apiKey);
  if (key.publicKeyPem) {
    const body = key.publicKeyPem.replace(/-----[^-]+-----|\s/g, '');
    return `pub:${body.slice(-8)}`;
  }
  return '(no API key yet)';
}

/**
 * Whole UTC days after the last rotation, as the findings and reminders count them
 * (shared/findings/due-dates.ts): a local-time day would move the date by an hour across DST.
 */
export function rotationDueAt(
  key: Pick<KeyRecord, 'lastRotatedAt' | 'rotationIntervalDays'>,
): string {
  return new Date(Date.parse(key.lastRotatedAt) + key.rotationIntervalDays * DAY_MS).toISOString();
}

const DAY_MS = 86_400_000;

/**
 * The key list's default order: rotation due date, soonest first, then label. ISO dates in
 * UTC compare as strings. Core pages the list in this order; the renderer sorts by it.
 */
export function byRotationDue(
  a: Pick<KeySummary, 'rotationDueAt' | 'label'>,
  b: Pick<KeySummary, 'rotationDueAt' | 'label'>,
): number {
  return compareText(a.rotationDueAt, b.rotationDueAt) || compareText(a.label, b.label);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface KeySummary {
  id: string;
  label: string;
  provider: KeyRecord['provider'];
  account: string;
  useCase: KeyRecord['useCase'];
  keyType: KeyRecord['keyType'];
  host: string;
  environment: KeyRecord['environment'];
  /** Whether the key has an API passphrase; never the passphrase. */
  hasPassphrase: boolean;
  permissions: KeyRecord['permissions'];
  extras: string[];
  ipWhitelist: string[];
  service: string | null;
  serviceId: string | null;
  createdAt: string;
  lastRotatedAt: string;
  rotationIntervalDays: number;
  rotationDueAt: string;
  lastAuditedAt: string | null;
  status: KeyRecord['status'];
  fingerprint: string;
  hasApiKey: boolean;
  publicKeyPem: string | null;
  notes: string;
  tags: string[];
  /** When the secret or API key was last copied; null: never. */
  lastCopiedAt: string | null;
}

export function toKeySummary(key: KeyRecord, services: readonly ServiceRecord[]): KeySummary {
  const service = key.serviceId ? services.find((s) => s.id === key.serviceId) : undefined;
  return {
    id: key.id,
    label: key.label,
    provider: key.provider,
    account: key.account,
    useCase: key.useCase,
    keyType: key.keyType,
    host: key.host,
    environment: key.environment,
    hasPassphrase: (key.passphrase ?? '') !== '',
    permissions: { ...key.permissions },
    extras: [...key.extras],
    ipWhitelist: [...key.ipWhitelist],
    service: service?.name ?? null,
    serviceId: key.serviceId,
    createdAt: key.createdAt,
    lastRotatedAt: key.lastRotatedAt,
    rotationIntervalDays: key.rotationIntervalDays,
    rotationDueAt: rotationDueAt(key),
    lastAuditedAt: key.lastAuditedAt,
    status: key.status,
    fingerprint: keyFingerprint(key),
    hasApiKey: key.apiKey !== '',
    publicKeyPem: key.publicKeyPem ?? null,
    notes: key.notes,
    tags: [...(key.tags ?? [])],
    lastCopiedAt: key.lastCopiedAt ?? null,
  };
}
