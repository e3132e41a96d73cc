import { describe, expect, it } from 'vitest';
import { historyEventSchema } from '../../../shared/domain/key-record';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { KeyService } from './key-service';
import { lastUndoableIndex, undoEdit } from './undo-edit';

const clock = () => new Date('2026-11-25T10:00:00Z');

async function service(overrides: Parameters<typeof sampleKey>[1] = {}) {
  const { store } = await VaultStore.create(await tempDir(), { keychain: memoryKeychain() });
  const keys = new KeyService(store, clock);
  const added = await keys.add(
    sampleKey(1, { service: '3Commas', notes: 'old notes', ...overrides }),
  );
  return { store, keys, id: added.id };
}

const readKey = async (store: VaultStore) => (await store.read()).keys[0]!;

describe('undo of an edit', () => {
  it('an edit keeps the old and new values of the non-secret fields it changed, never a secret', async () => {
    const { store, keys, id } = await service({ provider: 'okx', passphrase: 'first-passphrase' });
    await keys.edit(id, {
      label: 'Renamed - Bot',
      notes: 'new notes',
      ipWhitelist: ['198.51.100.1'],
      rotationIntervalDays: 30,
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
      service: 'Hummingbot',
    });
    await keys.edit(id, { passphrase: 'a-passphrase-value' });
    const key = await readKey(store);
    const edit = key.history[1]!;
    expect(edit.type).toBe('edited');
    expect(edit.undo?.before).toMatchObject({
      label: sampleKey(1).label,
      notes: 'old notes',
      ipWhitelist: ['203.0.113.7'],
      rotationIntervalDays: 90,
      permissions: { withdrawals: false },
    });
    expect(edit.undo?.after).toMatchObject({ label: 'Renamed - Bot', notes: 'new notes' });
    // Only the first event of an edit carries the undo (the permissions event does not).
    expect(key.history[2]).toMatchObject({ type: 'permissions-changed' });
    expect(key.history[2]?.undo).toBeUndefined();
    // A passphrase-only edit has nothing undoable: the passphrase is a secret.
    expect(key.history[3]).toMatchObject({ type: 'edited', fields: ['passphrase'] });
    expect(key.history[3]?.undo).toBeUndefined();
    const history = JSON.stringify(key.history);
    for (const secret of [
      sampleKey(1).secret,
      sampleKey(1).apiKey,
      'first-passphrase',
      'a-passphrase-value',
    ]) {
      expect(history).not.toContain(secret);
    }
  });

  it('undo puts the old values back as a new edit, which can itself be undone', async () => {
    const { store, keys, id } = await service();
    const original = await readKey(store);
    await keys.edit(id, { label: 'Renamed - Bot', notes: 'new notes', useCase: 'custom' });
    const outcome = await undoEdit(store, clock, id);
    expect(outcome).toMatchObject({ undone: true, changedSince: [] });
    expect(outcome.fields.sort()).toEqual(['label', 'notes', 'useCase']);
    let key = await readKey(store);
    expect([key.label, key.notes, key.useCase]).toEqual([
      original.label,
      original.notes,
      original.useCase,
    ]);
    expect(key.history.at(-1)).toMatchObject({
      type: 'edited',
      detail: 'undo of the edit of 2026-11-25T10:00:00.000Z',
    });
    // The undo is the newest undoable edit: undoing again redoes the edit.
    expect(lastUndoableIndex(key)).toBe(key.history.length - 1);
    await undoEdit(store, clock, id);
    key = await readKey(store);
    expect([key.label, key.notes, key.useCase]).toEqual(['Renamed - Bot', 'new notes', 'custom']);
  });

  it('undoes permissions, IP whitelist, service and rotation days', async () => {
    const { store, keys, id } = await service();
    const original = await readKey(store);
    await keys.edit(id, {
      ipWhitelist: ['198.51.100.1', '198.51.100.2'],
      rotationIntervalDays: 30,
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: true },
      service: 'Hummingbot',
    });
    await undoEdit(store, clock, id);
    const key = await readKey(store);
    expect(key.ipWhitelist).toEqual(original.ipWhitelist);
    expect(key.rotationIntervalDays).toBe(original.rotationIntervalDays);
    expect(key.permissions).toEqual(original.permissions);
    expect(key.serviceId).toBe(original.serviceId);
  });

  it('names the fields changed since and changes nothing, unless asked to overwrite', async () => {
    const { store, keys, id } = await service();
    await keys.edit(id, { label: 'Renamed - Bot', notes: 'new notes' });
    const firstEdit = lastUndoableIndex(await readKey(store))!;
    await keys.edit(id, { notes: 'newer notes' });
    const before = await store.version();
    const refused = await undoEdit(store, clock, id, { index: firstEdit });
    expect(refused).toMatchObject({ undone: false, changedSince: ['notes'] });
    expect(await store.version()).toBe(before);

    await undoEdit(store, clock, id, { index: firstEdit, overwrite: true });
    const key = await readKey(store);
    expect([key.label, key.notes]).toEqual([sampleKey(1).label, 'old notes']);
  });

  it('refuses an entry that holds no old values (older vaults, other events) and a taken label', async () => {
    const { store, keys, id } = await service();
    await expect(undoEdit(store, clock, id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(undoEdit(store, clock, id, { index: 0 })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await keys.edit(id, { label: 'Renamed - Bot' });
    await keys.add(sampleKey(2, { label: sampleKey(1).label }));
    await expect(undoEdit(store, clock, id)).rejects.toThrow(/another key is now labelled/);
    expect((await readKey(store)).label).toBe('Renamed - Bot');
  });

  it('history entries written before undo existed still parse', () => {
    const old = { at: '2026-01-01T00:00:00.000Z', type: 'edited', fields: ['label'] };
    expect(historyEventSchema.parse(old)).toEqual(old);
  });
});
