import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { savedAtFromName } from './backup-restore';
import { memoryKeychain } from './keychain';
import { backupDir } from './vault-file';
import { VaultStore } from './vault-store';

const FAST = { opslimit: 2, memlimit: 8 * 1024 * 1024 };

async function vaultWithHistory() {
  const dir = await tempDir();
  const keychain = memoryKeychain();
  const { store } = await VaultStore.create(dir, { keychain });
  const keys = new KeyService(store);
  await keys.add(sampleKey(1));
  await keys.add(sampleKey(2));
  await keys.remove(sampleKey(1).label, { purge: true });
  return { dir, keychain, store, keys };
}

describe('restore from backup', () => {
  it('lists the backups newest first with their time and key count', async () => {
    const { store } = await vaultWithHistory();
    const backups = await store.backups();
    // Versions replaced: the empty vault, one key, two keys.
    expect(backups.map((b) => [b.state, b.keyCount])).toEqual([
      ['ok', 2],
      ['ok', 1],
      ['ok', 0],
    ]);
    for (const b of backups) expect(b.savedAt).toBe(savedAtFromName(b.name));
    expect(backups[0]!.savedAt >= backups[1]!.savedAt).toBe(true);
    expect(JSON.stringify(backups)).not.toContain(sampleKey(1).label);
  });

  it('restores a backup, keeping the current vault as a backup first', async () => {
    const { dir, store } = await vaultWithHistory();
    const [twoKeys] = await store.backups();
    const result = await store.restoreBackup(twoKeys!.name);
    expect(result.restored.keyCount).toBe(2);
    const labels = (await store.read()).keys.map((k) => k.label).sort();
    expect(labels).toEqual([sampleKey(1).label, sampleKey(2).label]);
    // The secret of the purged key is back too: a whole version, not a summary.
    expect((await store.read()).keys.find((k) => k.label === sampleKey(1).label)?.secret).toBe(
      sampleKey(1).secret,
    );
    // The version the restore replaced (one key) is now the newest backup.
    expect(result.keptAs).not.toBeNull();
    expect(await readdir(backupDir(dir))).toContain(result.keptAs);
    const kept = (await store.backups()).find((b) => b.name === result.keptAs);
    expect(kept).toMatchObject({ state: 'ok', keyCount: 1 });
  });

  it('keeps the current passphrase: the restored vault opens as the current one does', async () => {
    const { dir, keychain, store } = await vaultWithHistory();
    const [twoKeys] = await store.backups();
    await store.setPassphrase('a new passphrase', {
      keychain,
      keepKeychain: false,
      pwhashLimits: FAST,
    });
    await store.restoreBackup(twoKeys!.name);
    store.close();
    expect(await VaultStore.describe(dir)).toMatchObject({
      hasPassphrase: true,
      keychainKept: false,
    });
    const reopened = await VaultStore.open(dir, { keychain, passphrase: 'a new passphrase' });
    expect((await reopened.read()).keys).toHaveLength(2);
    reopened.close();
  });

  it('a backup from before a re-key is listed as such and refused; nothing changes', async () => {
    const { dir, keychain, store } = await vaultWithHistory();
    const [old] = await store.backups();
    const saved = path.join(await tempDir(), 'old.keyward');
    await copyFile(path.join(backupDir(dir), old!.name), saved);
    const { store: rekeyed } = await store.rekey({ keychain });
    // The re-key deleted every copy under the old key; put one back as if it had survived.
    const name = 'vault-20200101T000000000Z-1-000001.keyward';
    await copyFile(saved, path.join(backupDir(dir), name));
    const listed = (await rekeyed.backups()).find((b) => b.name === name);
    expect(listed).toMatchObject({ state: 'other-key', keyCount: null });
    const version = await rekeyed.version();
    await expect(rekeyed.restoreBackup(name)).rejects.toThrow(/before the vault was last re-keyed/);
    expect(await rekeyed.version()).toBe(version);
    rekeyed.close();
  });

  it('refuses a name not in backups/ and a damaged file; both change nothing', async () => {
    const { dir, store } = await vaultWithHistory();
    const version = await store.version();
    await expect(store.restoreBackup('../vault.keyward')).rejects.toMatchObject({
      code: 'not-found',
    });
    const damaged = 'vault-20200101T000000000Z-1-000002.keyward';
    await writeFile(path.join(backupDir(dir), damaged), 'not a vault');
    expect((await store.backups()).find((b) => b.name === damaged)?.state).toBe('unreadable');
    await expect(store.restoreBackup(damaged)).rejects.toThrow(/not a readable vault file/);
    expect(await store.version()).toBe(version);
  });
});
