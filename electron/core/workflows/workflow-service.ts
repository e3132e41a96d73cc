// The workflows over a VaultStore: each call is one store.update (locked, re-read, saved
// atomically, rolled back on error) stamped with the injected clock. Replies carry no secret:
// key details (fingerprints and public keys only), audit and service views.
import { findInTrash } from '../../../shared/domain/trash';
import type {
  HistoryEvent,
  RedFlag,
  RedFlagAnswer,
  RotationStep,
  VaultData,
} from '../../../shared/domain/key-record';
import type { KeySummary } from '../../../shared/domain/key-summary';
import { toKeySummary } from '../../../shared/domain/key-summary';
import type { AuditView, KeyDetail, KeygenReply, ServiceView } from '../../../shared/ipc/views';
import { toKeyDetail } from '../app/key-detail';
import type { Clock } from '../app/ports';
import { systemClock } from '../app/ports';
import { generateEd25519KeyPair } from '../crypto/ed25519-keygen';
import { KeyService, findKey, findKeyOrNull, keyNotFound } from '../keys/key-service';
import type { VaultStore } from '../vault/vault-store';
import { setApiKey } from './api-key';
import { abandonAudit, auditStep, finishAudit, startAudit } from './audit';
import { finishIncident, incidentStep, startIncident } from './incident';
import type { NewKeyMaterial } from './rotation';
import {
  abandonRotation,
  finishRotation,
  markRotationStep,
  recordNewKey,
  startRotation,
} from './rotation';
import type { ServiceInput } from './services';
import { addService, assessService, findService } from './services';

type Store = VaultStore;

export function serviceView(data: VaultData, serviceId: string): ServiceView {
  const service = data.services.find((s) => s.id === serviceId)!;
  return {
    ...structuredClone(service),
    keyIds: data.keys.filter((k) => k.serviceId === service.id).map((k) => k.id),
  };
}

function auditView(data: VaultData): AuditView {
  return {
    lastAuditAt: data.audit.lastAuditAt,
    run: data.audit.run ? structuredClone(data.audit.run) : null,
  };
}

export class WorkflowService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock = systemClock,
  ) {}

  private keyChange(fn: (data: VaultData, now: Date) => { id: string }): Promise<KeyDetail> {
    return this.store.update((data) => {
      const key = fn(data, this.clock());
      return toKeyDetail(findKey(data, key.id), data.services);
    });
  }

  // Rotation
  startRotation(ref: string): Promise<KeyDetail> {
    return this.keyChange((data, now) => startRotation(data, ref, now));
  }
  recordRotationKey(ref: string, material: NewKeyMaterial): Promise<KeyDetail> {
    return this.keyChange((data, now) => recordNewKey(data, ref, material, now));
  }
  /** A new Ed25519 pair for the rotation; the detail shows its public key to upload. */
  async generateRotationKey(ref: string): Promise<KeyDetail> {
    const pair = await generateEd25519KeyPair();
    return this.keyChange((data, now) =>
      recordNewKey(
        data,
        ref,
        { apiKey: '', secret: pair.privateKeyPem, publicKeyPem: pair.publicKeyPem },
        now,
      ),
    );
  }
  rotationStep(ref: string, step: RotationStep): Promise<KeyDetail> {
    return this.keyChange((data, now) => markRotationStep(data, ref, step, now));
  }
  finishRotation(ref: string): Promise<KeyDetail> {
    return this.keyChange((data, now) => finishRotation(data, ref, now));
  }
  async abandonRotation(ref: string): Promise<{ key: KeyDetail; keptNewKey: KeySummary | null }> {
    return this.store.update((data) => {
      const { key, keptNewKey } = abandonRotation(data, ref, this.clock());
      return {
        key: toKeyDetail(key, data.services),
        keptNewKey: keptNewKey ? toKeySummary(keptNewKey, data.services) : null,
      };
    });
  }

  // Self-generated keys
  /** Creates an Ed25519 entry (no API key yet); the reply holds the public key PEM only. */
  async generateKey(input: Record<string, unknown>): Promise<KeygenReply> {
    const pair = await generateEd25519KeyPair();
    const key = await new KeyService(this.store, this.clock).add({
      ...input,
      keyType: 'ed25519',
      apiKey: '',
      secret: pair.privateKeyPem,
      publicKeyPem: pair.publicKeyPem,
    });
    return { key, publicKeyPem: pair.publicKeyPem };
  }
  setApiKey(ref: string, apiKey: string): Promise<KeySummary> {
    return this.store.update((data) =>
      toKeySummary(setApiKey(data, ref, apiKey, this.clock()), data.services),
    );
  }

  // Monthly audit
  async auditStatus(): Promise<AuditView> {
    return auditView(await this.store.read());
  }
  startAudit(ref?: string): Promise<AuditView> {
    return this.store.update((data) => {
      startAudit(data, ref, this.clock());
      return auditView(data);
    });
  }
  auditStep(step: number): Promise<AuditView> {
    return this.store.update((data) => {
      auditStep(data, step, this.clock());
      return auditView(data);
    });
  }
  finishAudit(): Promise<AuditView & { auditedKeyIds: string[] }> {
    return this.store.update((data) => {
      const { auditedKeyIds } = finishAudit(data, this.clock());
      return { ...auditView(data), auditedKeyIds };
    });
  }
  abandonAudit(): Promise<AuditView> {
    return this.store.update((data) => {
      abandonAudit(data, this.clock());
      return auditView(data);
    });
  }

  // Leak response
  startIncident(ref: string): Promise<KeyDetail> {
    return this.keyChange((data, now) => startIncident(data, ref, now));
  }
  incidentStep(ref: string, step: number, note?: string): Promise<KeyDetail> {
    return this.keyChange((data, now) => incidentStep(data, ref, step, note, now));
  }
  finishIncident(ref: string): Promise<KeyDetail> {
    return this.keyChange((data, now) => finishIncident(data, ref, now));
  }

  // Services
  async listServices(): Promise<ServiceView[]> {
    const data = await this.store.read();
    return data.services.map((s) => serviceView(data, s.id));
  }
  addService(input: ServiceInput): Promise<ServiceView> {
    return this.store.update((data) => serviceView(data, addService(data, input).id));
  }
  assessService(
    ref: string,
    answers: Partial<Record<RedFlag, RedFlagAnswer>>,
  ): Promise<ServiceView> {
    return this.store.update((data) =>
      serviceView(data, assessService(data, ref, answers, this.clock()).id),
    );
  }
  async findService(ref: string): Promise<ServiceView> {
    const data = await this.store.read();
    return serviceView(data, findService(data, ref).id);
  }

  /** A key with its workflow state (no secret). */
  async keyDetail(ref: string): Promise<KeyDetail> {
    const data = await this.store.read();
    return toKeyDetail(findKey(data, ref), data.services);
  }

  // History
  /** A key's history; a trashed or removed key's too, found by id or label. */
  async history(ref: string): Promise<{
    key: Pick<KeySummary, 'id' | 'label' | 'fingerprint'>;
    removedAt: string | null;
    history: HistoryEvent[];
  }> {
    const data = await this.store.read();
    const live = findKeyOrNull(data, ref);
    if (live) {
      return {
        key: toKeySummary(live, data.services),
        removedAt: null,
        history: live.history.map((e) => ({ ...e })),
      };
    }
    // A key in the Trash: its whole history, with the day it was removed.
    const trashed = findInTrash(data, ref, new Date(0));
    if (trashed) {
      return {
        key: toKeySummary(trashed.key, data.services),
        removedAt: trashed.trashedAt,
        history: trashed.key.history.map((e) => ({ ...e })),
      };
    }
    // Not a current key: the most recently removed one of that id or label, if any.
    const wanted = ref.trim().toLowerCase();
    const removed = [...data.removed]
      .reverse()
      .find((k) => k.id === ref.trim() || k.label.toLowerCase() === wanted);
    if (!removed) throw keyNotFound(ref);
    return {
      key: { id: removed.id, label: removed.label, fingerprint: removed.fingerprint },
      removedAt: removed.removedAt,
      history: removed.history.map((e) => ({ ...e })),
    };
  }
}
