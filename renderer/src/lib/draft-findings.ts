// Live findings for the add form: the findings engine (shared/findings) run on the draft
// against the vault as the renderer knows it (summaries and services, no secret). The
// shared-API-key rule cannot see stored API keys from here; core reports it after saving.
import { emptyVaultData, type KeyRecord, type VaultData } from '../../../shared/domain/key-record';
import { findingsForDraft, type Finding, type KeyDraft } from '../../../shared/findings';
import type { KeySummary, ServiceView } from '../../../shared/ipc/views';

function recordOf(key: KeySummary): KeyRecord {
  return {
    id: key.id,
    label: key.label,
    provider: key.provider,
    account: key.account,
    useCase: key.useCase,
    keyType: key.keyType,
    apiKey: '',
    secret: '',
    ...(key.publicKeyPem !== null && { publicKeyPem: key.publicKeyPem }),
    host: key.host,
    environment: key.environment,
    // A marker, not the passphrase (the renderer never holds it): the rules ask only whether.
    ...(key.hasPassphrase && { passphrase: '*' }),
    permissions: key.permissions,
    extras: key.extras,
    ipWhitelist: key.ipWhitelist,
    serviceId: key.serviceId,
    createdAt: key.createdAt,
    lastRotatedAt: key.lastRotatedAt,
    rotationIntervalDays: key.rotationIntervalDays,
    lastAuditedAt: key.lastAuditedAt,
    notes: '',
    status: key.status,
    history: [],
    rotation: null,
    incident: null,
  };
}

export function knownVault(
  keys: readonly KeySummary[],
  services: readonly ServiceView[],
): VaultData {
  return {
    ...emptyVaultData(),
    keys: keys.map(recordOf),
    services: services.map(({ keyIds: _keyIds, ...service }) => service),
  };
}

export function draftFindings(draft: KeyDraft, vault: VaultData, now: Date): Finding[] {
  return findingsForDraft(draft, vault, now);
}
