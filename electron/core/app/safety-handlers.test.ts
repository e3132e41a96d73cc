// keys.undoEdit, backups.list and backups.restore through core.handle: what the session shows
// next is the undone edit and the restored vault (its list views are rebuilt from disk).
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { call, createTestCore } from './testing';

async function coreWithKeys() {
  const core = createTestCore(await tempDir());
  await call(core, 'vault.create', {});
  const added = [];
  for (const n of [1, 2]) {
    const input = sampleKey(n);
    added.push(await call(core, 'keys.add', { ...input, apiKey: input.apiKey ?? '' }));
  }
  return { core, ids: added.map((k) => k.id) };
}

describe('safety-net channels', () => {
  it('keys.undoEdit names fields changed since, then undoes with overwrite', async () => {
    const { core, ids } = await coreWithKeys();
    const keyId = ids[0]!;
    await call(core, 'keys.edit', { keyId, patch: { notes: 'first' } });
    await call(core, 'keys.edit', { keyId, patch: { notes: 'second' } });
    const detail = await call(core, 'keys.get', { keyId });
    const firstEdit = detail.history.findIndex((e) => e.undo?.after.notes === 'first');
    const refused = await call(core, 'keys.undoEdit', { keyId, index: firstEdit });
    expect(refused).toMatchObject({ undone: false, changedSince: ['notes'] });
    expect(refused.key.notes).toBe('second');
    const done = await call(core, 'keys.undoEdit', { keyId, index: firstEdit, overwrite: true });
    expect(done.undone).toBe(true);
    expect(done.key.notes).toBe('');
    expect(done.key.history.at(-1)?.undo?.before).toEqual({ notes: 'second' });
  });

  it('backups.restore is what keys.list shows next, and the replaced vault is listed first', async () => {
    const { core, ids } = await coreWithKeys();
    expect((await call(core, 'keys.list', {})).total).toBe(2);
    await call(core, 'keys.remove', { keyId: ids[0]!, purge: true });
    expect((await call(core, 'keys.list', {})).total).toBe(1);
    const backups = await call(core, 'backups.list', {});
    expect(backups[0]).toMatchObject({ state: 'ok', keyCount: 2 });
    const { keptAs } = await call(core, 'backups.restore', { name: backups[0]!.name });
    expect((await call(core, 'keys.list', {})).total).toBe(2);
    const after = await call(core, 'backups.list', {});
    expect(after[0]).toMatchObject({ name: keptAs, keyCount: 1 });
    // A name that is not one of the backups is refused; nothing changes.
    const bad = await core.handle('backups.restore', { name: '..' });
    expect(bad).toMatchObject({ ok: false, code: 'not-found' });
    const traversal = await core.handle('backups.restore', { name: '../vault.keyward' });
    expect(traversal).toMatchObject({ ok: false, code: 'invalid' });
    expect((await call(core, 'keys.list', {})).total).toBe(2);
  });
});
