// Live findings for a key that is not saved yet (the add form) or is being edited: the UI
// shows them as the user ticks permissions, types IP addresses or picks a service.
import { defaultHost, type Environment } from '../domain/credentials';
import type { Permissions, Provider, UseCase } from '../domain/exchange';
import { DEFAULT_ROTATION_DAYS } from '../domain/exchange';
import { isIpEntry } from '../domain/ip';
import type { KeyRecord, VaultData } from '../domain/key-record';
import { keyFindings, sortFindings } from './findings';
import type { Finding } from './types';
import { accountLimitRule, sharedApiKeyRule } from './vault-rules';

/** The key id findings of a brand-new draft carry. */
export const DRAFT_KEY_ID = 'draft';

export interface KeyDraft {
  /** Set when editing an existing key: its saved record fills in what the draft omits. */
  id?: string;
  label: string;
  provider: Provider;
  account?: string;
  useCase: UseCase;
  permissions: Permissions;
  /** As typed: entries that are not valid addresses yet are ignored. */
  ipWhitelist: readonly string[];
  serviceId?: string | null;
  /** The add form names a service (found by name, case-insensitively). */
  serviceName?: string;
  rotationIntervalDays?: number;
  /** The public API key, when typed: lets the shared-key rule look for a duplicate. */
  apiKey?: string;
  /** The exchange's other switches ticked in the form (credentials.ts ids). */
  extras?: readonly string[];
  /** Whether an API passphrase is typed (or kept); never the passphrase itself. */
  hasPassphrase?: boolean;
  host?: string;
  environment?: Environment;
}

function resolveServiceId(
  draft: KeyDraft,
  data: VaultData,
  fallback: string | null,
): string | null {
  if (draft.serviceId !== undefined) return draft.serviceId;
  const name = draft.serviceName?.trim().toLowerCase();
  if (name) return data.services.find((s) => s.name.trim().toLowerCase() === name)?.id ?? null;
  return fallback;
}

function draftRecord(draft: KeyDraft, data: VaultData, now: Date): KeyRecord {
  const saved = draft.id ? data.keys.find((k) => k.id === draft.id) : undefined;
  const at = now.toISOString();
  return {
    id: saved?.id ?? DRAFT_KEY_ID,
    label: draft.label.trim(),
    provider: draft.provider,
    account: (draft.account ?? saved?.account ?? '').trim(),
    useCase: draft.useCase,
    keyType: saved?.keyType ?? 'hmac',
    apiKey: draft.apiKey ?? saved?.apiKey ?? '',
    secret: '',
    host: draft.host ?? saved?.host ?? defaultHost(draft.provider, draft.environment ?? 'live'),
    environment: draft.environment ?? saved?.environment ?? 'live',
    // A marker, not the passphrase: the rules only ask whether there is one.
    ...((draft.hasPassphrase ?? (saved?.passphrase ?? '') !== '') && { passphrase: '*' }),
    permissions: { ...draft.permissions },
    extras: [...(draft.extras ?? saved?.extras ?? [])],
    ipWhitelist: draft.ipWhitelist.map((e) => e.trim()).filter(isIpEntry),
    serviceId: resolveServiceId(draft, data, saved?.serviceId ?? null),
    createdAt: saved?.createdAt ?? at,
    lastRotatedAt: saved?.lastRotatedAt ?? at,
    rotationIntervalDays:
      draft.rotationIntervalDays ?? saved?.rotationIntervalDays ?? DEFAULT_ROTATION_DAYS,
    lastAuditedAt: saved?.lastAuditedAt ?? at,
    notes: '',
    status: saved?.status ?? 'active',
    history: [],
    rotation: null,
    incident: saved?.incident ?? null,
  };
}

/**
 * The findings the draft would have once saved: its own rules, a duplicate API key, and its
 * account's key count. Vault-wide findings that the draft does not change (the audit) are left
 * out. Pure; the vault is not modified.
 */
export function findingsForDraft(draft: KeyDraft, data: VaultData, now: Date): Finding[] {
  const key = draftRecord(draft, data, now);
  const others = data.keys.filter((k) => k.id !== key.id);
  const keys = [...others, key];
  const subject = `${key.provider}:${key.account}`;
  const list = [
    ...keyFindings(key, data, now),
    ...sharedApiKeyRule(keys).filter((f) => f.keyId === key.id),
    ...accountLimitRule(keys).filter((f) => f.subject === subject),
  ];
  return sortFindings(list, keys);
}
