// Tags (free text to filter the list by) and the last-copied time the list sorts by.
import { describe, expect, it } from 'vitest';
import { keyRecordSchema } from '../../../shared/domain/key-record';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { KeyService } from './key-service';

async function service(clock = () => new Date('2026-11-25T10:00:00Z')) {
  const { store } = await VaultStore.create(await tempDir(), { keychain: memoryKeychain() });
  return { store, keys: new KeyService(store, clock) };
}

describe('key tags', () => {
  it('are [] by default, trimmed and kept once each (first spelling) when given', async () => {
    const { store, keys } = await service();
    const plain = await keys.add(sampleKey(1));
    expect(plain.tags).toEqual([]);
    const tagged = await keys.add({ ...sampleKey(2), tags: [' vps-1 ', 'grid', 'VPS-1'] });
    expect(tagged.tags).toEqual(['vps-1', 'grid']);
    expect((await store.read()).keys[1]!.tags).toEqual(['vps-1', 'grid']);
  });

  it('are edited like other fields, and the history names the change', async () => {
    const { store, keys } = await service();
    const added = await keys.add(sampleKey(1));
    const edited = await keys.edit(added.id, { tags: ['dca'] });
    expect(edited.tags).toEqual(['dca']);
    await keys.edit(added.id, { tags: ['dca'] }); // unchanged: no new event
    const history = (await store.read()).keys[0]!.history;
    expect(history.slice(1)).toEqual([
      { at: '2026-11-25T10:00:00.000Z', type: 'edited', fields: ['tags'] },
    ]);
  });

  it('refuse control characters, empty tags and too many, like labels, and save nothing', async () => {
    const { store, keys } = await service();
    await expect(keys.add({ ...sampleKey(1), tags: ['vps\u001b]0;x'] })).rejects.toThrow(/a tag/);
    const added = await keys.add(sampleKey(1));
    await expect(keys.edit(added.id, { tags: ['  '] })).rejects.toThrow(/a tag cannot be empty/);
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`);
    await expect(keys.edit(added.id, { tags: many })).rejects.toThrow(/at most 20 tags/);
    await expect(keys.edit(added.id, { tags: ['x'.repeat(41)] })).rejects.toThrow(
      /at most 40 characters/,
    );
    expect((await store.read()).keys.map((k) => k.tags)).toEqual([[]]);
  });

  it('are [] in a record written before tags existed', () => {
    const raw = { ...JSON.parse(JSON.stringify(recordLike())) } as Record<string, unknown>;
    delete raw.tags;
    expect(keyRecordSchema.parse(raw).tags).toEqual([]);
  });
});

describe('last copied', () => {
  it('is set by a copy (not by a reveal) and shown in the summary', async () => {
    let now = new Date('2026-11-25T10:00:00Z');
    const { keys } = await service(() => now);
    const added = await keys.add(sampleKey(1));
    expect(added.lastCopiedAt).toBeNull();
    now = new Date('2026-11-26T08:00:00Z');
    await keys.recordEvent(added.id, { type: 'revealed', detail: 'secret revealed' });
    expect((await keys.find(added.id)).lastCopiedAt).toBeNull();
    await keys.recordEvent(added.id, { type: 'copied', detail: 'secret copied' });
    expect((await keys.find(added.id)).lastCopiedAt).toBe('2026-11-26T08:00:00.000Z');
  });
});

function recordLike() {
  return {
    id: 'k1',
    label: 'Bot',
    provider: 'binance',
    account: '',
    useCase: 'spot-bot',
    keyType: 'hmac',
    apiKey: 'a'.repeat(64),
    secret: 'b'.repeat(64),
    host: 'api.binance.com',
    environment: 'live',
    permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
    extras: [],
    ipWhitelist: [],
    serviceId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    lastRotatedAt: '2026-01-01T00:00:00.000Z',
    rotationIntervalDays: 90,
    lastAuditedAt: null,
    notes: '',
    status: 'active',
    history: [],
    rotation: null,
    incident: null,
  };
}
