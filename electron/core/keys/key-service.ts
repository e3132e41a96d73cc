// Key records: add, edit, remove, look up. Every change goes through VaultStore.update, so it
// is locked, re-read and saved atomically. Invariant: what leaves this service is a
// KeySummary (no secret, API key masked), except secretOf(), which callers use to copy,
// reveal, `get` or `exec` one value.
import { randomUUID } from 'node:crypto';
import type { ZodError } from 'zod';
import {
  credentialProblems,
  CREDENTIALS,
  defaultHost,
  environmentsFor,
  normalizeTrade,
  OKX_PASSPHRASE_SENTENCE,
} from '../../../shared/domain/credentials';
import { defaultPermissions, PERMISSIONS } from '../../../shared/domain/exchange';
import {
  describeIssues,
  keyEditSchema,
  newKeyInputSchema,
  type KeyEditValue,
} from '../../../shared/domain/key-input';
import {
  unknownAssessment,
  type HistoryEvent,
  type KeyRecord,
  type VaultData,
} from '../../../shared/domain/key-record';
import { toKeySummary, type KeySummary } from '../../../shared/domain/key-summary';
import {
  expireTrash,
  findInTrash,
  labelForRestore,
  toRemovedKey,
  TRASH_DAYS,
  trashEntries,
  trashExpiresAt,
  type TrashView,
} from '../../../shared/domain/trash';
import { KeywardError } from '../errors';
import { findKeyOrNull } from './find-key';

export { findKeyOrNull };

import type { VaultStore } from '../vault/vault-store';

/** The values `get`, `exec`, copy and reveal hand out. */
export const SECRET_FIELDS = ['secret', 'apiKey', 'passphrase'] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

/**
 * Applies host, environment, extras and passphrase changes (a provider change moves the key to
 * the new exchange's main host and an environment it offers). Returns the changed field names;
 * never a value (the passphrase is a secret).
 */
function editCredentials(key: KeyRecord, change: KeyEditValue, providerChanged: boolean): string[] {
  const changed: string[] = [];
  const environment =
    change.environment ??
    (environmentsFor(key.provider).includes(key.environment) ? key.environment : 'live');
  if (environment !== key.environment) {
    key.environment = environment;
    changed.push('environment');
  }
  const host =
    change.host ??
    (providerChanged || changed.includes('environment')
      ? defaultHost(key.provider, key.environment)
      : key.host);
  if (host !== key.host) {
    key.host = host;
    changed.push('host');
  }
  if (change.passphrase !== undefined && change.passphrase !== (key.passphrase ?? '')) {
    if (change.passphrase === '') delete key.passphrase;
    else key.passphrase = change.passphrase;
    changed.push('passphrase');
  }
  return changed;
}

export function keyNotFound(ref: string): KeywardError {
  return new KeywardError('not-found', `No key is labelled or has the id "${ref.trim()}".`);
}

/**
 * A key that is not among the vault's keys but in its Trash: the error names the Trash and
 * how to get the key back, so `get`/`exec`/`show` of a trashed key explain themselves.
 */
function keyInTrash(data: VaultData, ref: string): KeywardError | null {
  const entry = findInTrash(data, ref, new Date(0));
  if (!entry) return null;
  const { label } = entry.key;
  return new KeywardError(
    'not-found',
    `The key "${label}" is in the Trash (removed ${entry.trashedAt.slice(0, 10)}): restore it with 'keyward restore "${label}"' or from the app's Trash to use it.`,
  );
}

export function findKey(data: VaultData, ref: string): KeyRecord {
  const key = findKeyOrNull(data, ref);
  if (!key) throw keyInTrash(data, ref) ?? keyNotFound(ref);
  return key;
}

function assertLabelFree(data: VaultData, label: string, exceptId?: string): void {
  const clash = data.keys.find(
    (k) => k.id !== exceptId && k.label.toLowerCase() === label.toLowerCase(),
  );
  if (clash) {
    throw new KeywardError(
      'invalid-input',
      `A key labelled "${clash.label}" already exists; choose another label.`,
    );
  }
}

/** Finds the service named `name` (case-insensitive) or adds it, unassessed. */
export function serviceIdFor(data: VaultData, name: string): string {
  const existing = data.services.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing.id;
  const id = randomUUID();
  data.services.push({ id, name, url: '', notes: '', assessment: unknownAssessment() });
  return id;
}

function invalid(what: string, error: ZodError): KeywardError {
  return new KeywardError('invalid-input', `${what}: ${describeIssues(error)}.`);
}

export class KeyService {
  constructor(
    private readonly store: VaultStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(): Promise<KeySummary[]> {
    const data = await this.store.read();
    return data.keys
      .map((k) => toKeySummary(k, data.services))
      .sort((a, b) => a.label.localeCompare(b.label));
  }

  async find(ref: string): Promise<KeySummary> {
    const data = await this.store.read();
    return toKeySummary(findKey(data, ref), data.services);
  }

  async add(input: unknown): Promise<KeySummary> {
    const parsed = newKeyInputSchema.safeParse(input);
    if (!parsed.success) throw invalid('The key was not added', parsed.error);
    const value = parsed.data;
    return this.store.update((data) => {
      expireTrash(data, this.clock());
      assertLabelFree(data, value.label);
      const now = this.clock().toISOString();
      const record: KeyRecord = {
        id: randomUUID(),
        label: value.label,
        provider: value.provider,
        account: value.account,
        useCase: value.useCase,
        keyType: value.keyType,
        apiKey: value.apiKey,
        secret: value.secret,
        ...(value.publicKeyPem !== undefined && { publicKeyPem: value.publicKeyPem }),
        host: value.host,
        environment: value.environment,
        ...(value.passphrase !== undefined && { passphrase: value.passphrase }),
        permissions:
          value.permissions ?? normalizeTrade(value.provider, defaultPermissions(value.useCase)),
        extras: value.extras,
        ipWhitelist: value.ipWhitelist,
        serviceId: value.service ? serviceIdFor(data, value.service) : null,
        createdAt: now,
        lastRotatedAt: now,
        rotationIntervalDays: value.rotationIntervalDays,
        lastAuditedAt: null,
        notes: value.notes,
        status: 'active',
        history: [{ at: now, type: 'created' }],
        rotation: null,
        incident: null,
      };
      data.keys.push(record);
      return toKeySummary(record, data.services);
    });
  }

  async edit(ref: string, patch: unknown): Promise<KeySummary> {
    const parsed = keyEditSchema.safeParse(patch);
    if (!parsed.success) throw invalid('The key was not changed', parsed.error);
    const change = parsed.data;
    return this.store.update((data) => {
      const key = findKey(data, ref);
      const changed: string[] = [];
      const at = this.clock().toISOString();
      const problemsBefore = new Set(credentialProblems(key).map((p) => p.message));
      if (change.label !== undefined && change.label !== key.label) {
        assertLabelFree(data, change.label, key.id);
        key.label = change.label;
        changed.push('label');
      }
      for (const field of [
        'provider',
        'account',
        'useCase',
        'rotationIntervalDays',
        'notes',
      ] as const) {
        const next = change[field];
        if (next !== undefined && next !== key[field]) {
          (key as Record<typeof field, unknown>)[field] = next;
          changed.push(field);
        }
      }
      if (
        change.ipWhitelist !== undefined &&
        change.ipWhitelist.join('\n') !== key.ipWhitelist.join('\n')
      ) {
        key.ipWhitelist = change.ipWhitelist;
        changed.push('ipWhitelist');
      }
      if (change.service !== undefined) {
        const serviceId = change.service === null ? null : serviceIdFor(data, change.service);
        if (serviceId !== key.serviceId) {
          key.serviceId = serviceId;
          changed.push('service');
        }
      }
      const providerChanged = changed.includes('provider');
      changed.push(...editCredentials(key, change, providerChanged));
      const extrasBefore = key.extras;
      // A provider change drops the old exchange's switches; an explicit list is checked as is.
      const extras =
        change.extras ?? key.extras.filter((e) => CREDENTIALS[key.provider].extras.includes(e));
      key.extras = [...extras];
      const problems = credentialProblems(key).filter((p) => !problemsBefore.has(p.message));
      if (problems.length > 0) {
        // Thrown inside update: nothing is saved.
        throw new KeywardError(
          'invalid-input',
          `The key was not changed: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`,
        );
      }
      const events: HistoryEvent[] = [];
      const extrasDiff = [
        ...extras.filter((e) => !extrasBefore.includes(e)).map((e) => `${e} granted`),
        ...extrasBefore.filter((e) => !extras.includes(e)).map((e) => `${e} removed`),
      ];
      if (change.permissions !== undefined || providerChanged) {
        const next = normalizeTrade(key.provider, change.permissions ?? key.permissions);
        const diff = PERMISSIONS.filter((p) => next[p] !== key.permissions[p]);
        if (diff.length > 0) {
          events.push({
            at,
            type: 'permissions-changed',
            detail: diff.map((p) => `${p} ${next[p] ? 'granted' : 'removed'}`).join(', '),
            fields: diff,
          });
          key.permissions = { ...next };
        }
      }
      if (extrasDiff.length > 0) {
        events.push({
          at,
          type: 'permissions-changed',
          detail: extrasDiff.join(', '),
          fields: ['extras'],
        });
      }
      if (changed.length > 0) events.unshift({ at, type: 'edited', fields: changed });
      key.history.push(...events);
      return toKeySummary(key, data.services);
    });
  }

  /**
   * Removes a key. By default it goes to the Trash for TRASH_DAYS days, whole, its secret still
   * encrypted in the vault, and its label is free for a new key. With `purge` (or for a key
   * already in the Trash) it is deleted for good: its secret and API key are gone, its label,
   * fingerprint and history stay among the removed keys, so `history` can still tell.
   */
  async remove(ref: string, options: { purge?: boolean } = {}): Promise<KeySummary> {
    return this.store.update((data) => {
      const now = this.clock();
      expireTrash(data, now);
      const at = now.toISOString();
      const key = findKeyOrNull(data, ref);
      if (!key) {
        const trashed = options.purge ? findInTrash(data, ref, now) : null;
        if (!trashed) throw keyInTrash(data, ref) ?? keyNotFound(ref);
        data.trash = data.trash.filter((e) => e !== trashed);
        data.removed.push(toRemovedKey(trashed.key, at));
        return toKeySummary(trashed.key, data.services);
      }
      const summary = toKeySummary(key, data.services);
      data.keys = data.keys.filter((k) => k.id !== key.id);
      if (options.purge) {
        data.removed.push(toRemovedKey(key, at));
      } else {
        key.history.push({ at, type: 'trashed' });
        data.trash.push({ key, trashedAt: at });
      }
      return summary;
    });
  }

  /**
   * Brings a key back from the Trash, under its own label or "<label> (restored)" when a
   * newer key took it. Its rotation dates are unchanged: time in the Trash still counts.
   */
  async restore(ref: string): Promise<KeySummary> {
    return this.store.update((data) => {
      const now = this.clock();
      expireTrash(data, now);
      const entry = findInTrash(data, ref, now);
      if (!entry) {
        throw new KeywardError(
          'not-found',
          `No key in the Trash is labelled or has the id "${ref.trim()}"; 'keyward trash' lists what it holds (keys stay there ${TRASH_DAYS} days).`,
        );
      }
      data.trash = data.trash.filter((e) => e !== entry);
      const key = entry.key;
      const label = labelForRestore(data, key.label);
      key.history.push({
        at: now.toISOString(),
        type: 'restored',
        ...(label !== key.label ? { detail: `restored as "${label}"` } : {}),
      });
      key.label = label;
      data.keys.push(key);
      return toKeySummary(key, data.services);
    });
  }

  /** The keys in the Trash, most recently removed first; never a secret. */
  async trash(): Promise<TrashView[]> {
    const data = await this.store.read();
    return trashEntries(data, this.clock()).map((entry) => ({
      ...toKeySummary(entry.key, data.services),
      trashedAt: entry.trashedAt,
      deletedAt: trashExpiresAt(entry.trashedAt),
    }));
  }

  /** One secret value, for copy, reveal, `get` and `exec`. Callers must not log it. */
  async secretOf(ref: string, field: SecretField): Promise<string> {
    const data = await this.store.read();
    const key = findKey(data, ref);
    const value = key[field] ?? '';
    if (value === '' && field === 'passphrase') {
      throw new KeywardError(
        'not-found',
        key.provider === 'okx'
          ? `The key "${key.label}" has no API passphrase recorded. ${OKX_PASSPHRASE_SENTENCE} Record it with Edit in the app, or: keyward set-api-passphrase "${key.label}" (passphrase on stdin).`
          : `The key "${key.label}" has no API passphrase.`,
      );
    }
    if (value === '') {
      throw new KeywardError(
        'not-found',
        `The key "${key.label}" has no API key yet: record the API key the exchange gave you for it first.`,
      );
    }
    return value;
  }

  /** Appends a history event (copied, revealed...) to one key: a history-only save. */
  /** A copy's history event, and the key's `lastCopiedAt` (the tray's recent keys). */
  async recordCopy(ref: string, detail: string): Promise<void> {
    await this.store.update(
      (data) => {
        const key = findKey(data, ref);
        const at = this.clock().toISOString();
        key.history.push({ type: 'copied', detail, at });
        key.lastCopiedAt = at;
      },
      { historyOnly: true },
    );
  }

  async recordEvent(ref: string, event: Omit<HistoryEvent, 'at'>): Promise<void> {
    await this.store.update(
      (data) => {
        findKey(data, ref).history.push({ ...event, at: this.clock().toISOString() });
      },
      { historyOnly: true },
    );
  }
}
