// A key as the detail screen shows it: its summary, history, and workflow state without any
// secret (a pending rotation shows only the new key's fingerprint and public key).
import type { KeyRecord, ServiceRecord } from '../../../shared/domain/key-record';
import { keyFingerprint, toKeySummary } from '../../../shared/domain/key-summary';
import type { KeyDetail, RotationView } from '../../../shared/ipc/views';

function rotationView(rotation: KeyRecord['rotation']): RotationView | null {
  if (!rotation) return null;
  const pending = rotation.pending;
  return {
    startedAt: rotation.startedAt,
    steps: { ...rotation.steps },
    newFingerprint: pending
      ? keyFingerprint({
          apiKey: pending.apiKey,
          ...(pending.publicKeyPem !== undefined && { publicKeyPem: pending.publicKeyPem }),
        })
      : null,
    newPublicKeyPem: pending?.publicKeyPem ?? null,
  };
}

export function toKeyDetail(key: KeyRecord, services: readonly ServiceRecord[]): KeyDetail {
  return {
    ...toKeySummary(key, services),
    history: key.history.map((event) => ({ ...event })),
    lastCheck: key.lastCheck ?? null,
    rotation: rotationView(key.rotation),
    incident: key.incident
      ? {
          startedAt: key.incident.startedAt,
          steps: key.incident.steps.map((s) => ({ ...s })),
          finishedAt: key.incident.finishedAt,
        }
      : null,
  };
}
