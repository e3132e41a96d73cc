import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { KeyService } from './key-service';

async function service(clock = () => new Date('2026-11-25T10:00:00Z')) {
  const { store } = await VaultStore.create(await tempDir(), { keychain: memoryKeychain() });
  return { store, keys: new KeyService(store, clock) };
}

describe('KeyService', () => {
  it("adds with the use case's permissions, 90-day rotation, a found-or-created service and a 'created' event", async () => {
    const { store, keys } = await service();
    const a = await keys.add(sampleKey(1, { useCase: 'futures-bot', service: '3Commas' }));
    const b = await keys.add(sampleKey(2, { service: '3commas' }));
    expect(a.permissions).toEqual({
      read: true,
      spotMargin: false,
      futures: true,
      withdrawals: false,
    });
    expect(a.rotationIntervalDays).toBe(90);
    expect(a.rotationDueAt).toBe('2027-02-23T10:00:00.000Z');
    expect(a.serviceId).toBe(b.serviceId);
    const data = await store.read();
    expect(data.services.map((s) => s.name)).toEqual(['3Commas']);
    expect(data.keys[0]?.history).toEqual([{ at: '2026-11-25T10:00:00.000Z', type: 'created' }]);
    // What leaves the service carries no secret and no full API key.
    expect(JSON.stringify(a)).not.toContain(sampleKey(1).secret);
    expect(JSON.stringify(a)).not.toContain(sampleKey(1).apiKey);
  });

  it('refuses bad input with a readable sentence and saves nothing', async () => {
    const { store, keys } = await service();
    await expect(keys.add({ ...sampleKey(1), label: '' })).rejects.toThrow(
      /label: a label is required/,
    );
    await expect(keys.add({ ...sampleKey(1), apiKey: 'has space' })).rejects.toThrow(/no spaces/);
    await expect(keys.add({ ...sampleKey(1), extra: true })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect((await store.read()).keys).toEqual([]);
  });

  it('edits fields, records which changed, and a permissions change separately', async () => {
    const { store, keys } = await service();
    const added = await keys.add(sampleKey(1));
    await keys.edit(added.id, {
      label: 'Renamed - Bot',
      notes: 'moved to the new server',
      ipWhitelist: ['198.51.100.1'],
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
    });
    const key = (await store.read()).keys[0]!;
    expect(key.label).toBe('Renamed - Bot');
    // Without the old values kept for undo (undo-edit.test.ts covers those).
    expect(key.history.slice(1).map(({ undo: _undo, ...event }) => event)).toEqual([
      { at: '2026-11-25T10:00:00.000Z', type: 'edited', fields: ['label', 'notes', 'ipWhitelist'] },
      {
        at: '2026-11-25T10:00:00.000Z',
        type: 'permissions-changed',
        detail: 'spotMargin removed, withdrawals granted',
        fields: ['spotMargin', 'withdrawals'],
      },
    ]);
  });

  it('refuses a label another key has (ignoring case)', async () => {
    const { keys } = await service();
    await keys.add(sampleKey(1, { label: 'One' }));
    const two = await keys.add(sampleKey(2, { label: 'Two' }));
    await expect(keys.edit(two.id, { label: 'ONE' })).rejects.toThrow(/already exists/);
    await expect(keys.add(sampleKey(3, { label: 'two' }))).rejects.toThrow(/already exists/);
  });

  it('finds by id, exact label, then label ignoring case', async () => {
    const { keys } = await service();
    const a = await keys.add(sampleKey(1, { label: 'Alpha' }));
    expect((await keys.find(a.id)).label).toBe('Alpha');
    expect((await keys.find(' alpha ')).id).toBe(a.id);
    await expect(keys.find('beta')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('remove moves the key whole to the Trash, and its label is free again', async () => {
    const { store, keys } = await service();
    const added = await keys.add(sampleKey(1));
    await keys.remove(added.label);
    const data = await store.read();
    expect(data.keys).toEqual([]);
    expect(data.removed).toEqual([]);
    expect(data.trash.map((t) => [t.key.id, t.key.secret, t.trashedAt])).toEqual([
      [added.id, sampleKey(1).secret, '2026-11-25T10:00:00.000Z'],
    ]);
    await expect(keys.secretOf(added.id, 'secret')).rejects.toThrow(/is in the Trash/);
    await expect(keys.add(sampleKey(2, { label: added.label }))).resolves.toBeTruthy();
    const restored = await keys.restore(added.id);
    expect(restored.label).toBe(`${added.label} (restored)`);
  });

  it('remove --purge drops the secret but keeps label, fingerprint and history among the removed', async () => {
    const { store, keys } = await service();
    const added = await keys.add(sampleKey(1));
    await keys.remove(added.label, { purge: true });
    const data = await store.read();
    expect(data.keys).toEqual([]);
    expect(data.removed).toEqual([
      {
        id: added.id,
        label: added.label,
        provider: 'binance',
        fingerprint: added.fingerprint,
        removedAt: '2026-11-25T10:00:00.000Z',
        history: [
          { at: '2026-11-25T10:00:00.000Z', type: 'created' },
          { at: '2026-11-25T10:00:00.000Z', type: 'removed' },
        ],
      },
    ]);
    expect(JSON.stringify(data.removed)).not.toContain(sampleKey(1).secret);
    expect(JSON.stringify(data.removed)).not.toContain(sampleKey(1).apiKey);
    // The label is free again.
    await expect(keys.add(sampleKey(2, { label: added.label }))).resolves.toBeTruthy();
  });

  it('secretOf gives one value and explains a self-generated key without an API key yet', async () => {
    const { keys } = await service();
    await keys.add(sampleKey(1, { label: 'A' }));
    expect(await keys.secretOf('A', 'secret')).toBe(sampleKey(1).secret);
    await keys.add({
      ...sampleKey(2, { label: 'B' }),
      apiKey: '',
      keyType: 'ed25519',
      publicKeyPem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
    });
    await expect(keys.secretOf('B', 'apiKey')).rejects.toThrow(/no API key yet/);
  });
});
