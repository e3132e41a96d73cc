// Re-keying revokes: after a re-key the old recovery key, the old passphrase and the old vault
// key open no file left in the vault folder (the vault and every backup), while the new
// recovery key and passphrase open the vault with every key intact.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { snapshot } from '../test/vault-snapshot';
import { memoryKeychain } from './keychain';
import { filesOpenedBy } from '../test/opened-by';
import { outcome } from '../test/outcome';
import { backupDir, listBackups, vaultPath } from './vault-file';
import { VaultStore } from './vault-store';

const fastLimits = { opslimit: 2, memlimit: 8 * 1024 * 1024 };
const OLD_PASS = 'the old passphrase';
const NEW_PASS = 'a brand new passphrase';

async function vaultWithHistory(options: { passphrase?: string; keepKeychain?: boolean } = {}) {
  const dir = await tempDir();
  const keychain = memoryKeychain();
  const { store, recoveryKey } = await VaultStore.create(dir, {
    keychain,
    pwhashLimits: fastLimits,
    ...options,
  });
  const keys = new KeyService(store);
  for (let i = 0; i < 4; i++) await keys.add(sampleKey(i));
  await keys.remove((await store.read()).keys[3]!.id);
  // A writer that crashed between its temporary file and its rename left a whole vault.
  await writeFile(path.join(dir, '.vault.keyward.4242.abcdef.tmp'), await readFile(vaultPath(dir)));
  // A retention scheme that keeps older copies in a sub-folder (one a day, say).
  await mkdir(path.join(backupDir(dir), 'daily'));
  await writeFile(
    path.join(backupDir(dir), 'daily', 'vault-old.keyward'),
    await readFile(vaultPath(dir)),
  );
  return { dir, keychain, store, recoveryKey };
}

describe('VaultStore.rekey', () => {
  it('passphrase vault: old passphrase and old recovery key open nothing in the folder after', async () => {
    const { dir, keychain, store, recoveryKey } = await vaultWithHistory({
      passphrase: OLD_PASS,
      keepKeychain: false,
    });
    const before = await store.read();
    expect((await listBackups(dir)).length).toBeGreaterThan(3);
    // Before: the old secrets open the vault and its backups (the leak this revokes).
    expect((await filesOpenedBy(dir, { passphrase: OLD_PASS })).length).toBeGreaterThan(4);

    const rekeyed = await store.rekey({
      keychain,
      passphrase: OLD_PASS,
      newPassphrase: NEW_PASS,
      pwhashLimits: fastLimits,
    });
    expect(rekeyed.leftovers).toEqual([]);
    expect(rekeyed.recoveryKey).not.toBe(recoveryKey);

    expect(await filesOpenedBy(dir, { recoveryKey, passphrase: OLD_PASS })).toEqual([]);
    // Still a passphrase vault, the keychain still keeps nothing.
    expect(await VaultStore.describe(dir)).toMatchObject({
      hasPassphrase: true,
      keychainKept: false,
    });
    expect(keychain.entries.size).toBe(0);
    expect(await outcome(VaultStore.open(dir, { keychain, passphrase: OLD_PASS }))).toBe(
      'wrong-passphrase',
    );
    const reopened = await VaultStore.open(dir, { keychain, passphrase: NEW_PASS });
    // Every record intact: keys, secrets, history, services, removed keys.
    expect(await reopened.read()).toEqual(before);
    // The old store is closed; the returned one works and its saves stay under the new key.
    await expect(store.read()).rejects.toMatchObject({ code: 'locked' });
    await new KeyService(rekeyed.store).add(sampleKey(9));
    expect(await filesOpenedBy(dir, { recoveryKey: rekeyed.recoveryKey })).toEqual(
      expect.arrayContaining([path.relative(dir, vaultPath(dir))]),
    );
    expect(await filesOpenedBy(dir, { recoveryKey, passphrase: OLD_PASS })).toEqual([]);
  });

  it('keychain vault: the entry is replaced, the old key and recovery key open nothing', async () => {
    const { dir, keychain, store, recoveryKey } = await vaultWithHistory();
    const oldVaultKey = keychain.entries.get(store.vaultId)!;
    const rekeyed = await store.rekey({ keychain });
    const newVaultKey = keychain.entries.get(store.vaultId);
    expect(newVaultKey).toBeDefined();
    expect(newVaultKey).not.toBe(oldVaultKey);
    expect(await filesOpenedBy(dir, { recoveryKey, vaultKey: oldVaultKey })).toEqual([]);
    expect(await listBackups(dir)).toEqual([]);

    // The new recovery key opens the vault with every key intact (a new machine).
    const recovered = await VaultStore.recover(dir, {
      keychain: memoryKeychain(),
      recoveryKey: rekeyed.recoveryKey,
    });
    expect((await recovered.read()).keys.map((k) => k.label)).toEqual(
      [0, 1, 2].map((i) => sampleKey(i).label),
    );
    expect((await (await VaultStore.open(dir, { keychain })).read()).keys).toHaveLength(3);
  });

  it('refuses a missing, wrong or unchanged passphrase, and changes nothing', async () => {
    const { dir, keychain, store } = await vaultWithHistory({ passphrase: OLD_PASS });
    const before = await snapshot(dir);
    const entries = new Map(keychain.entries);
    const cases = [
      [{}, 'passphrase-required'],
      [{ passphrase: OLD_PASS }, 'invalid-input'],
      [{ passphrase: 'not the passphrase', newPassphrase: NEW_PASS }, 'wrong-passphrase'],
      [{ passphrase: OLD_PASS, newPassphrase: OLD_PASS }, 'invalid-input'],
      [{ passphrase: OLD_PASS, newPassphrase: 'short' }, 'invalid-input'],
    ] as const;
    for (const [options, code] of cases) {
      expect(await outcome(store.rekey({ keychain, pwhashLimits: fastLimits, ...options }))).toBe(
        code,
      );
    }
    expect(await snapshot(dir)).toEqual(before);
    expect(keychain.entries).toEqual(entries);
    expect((await store.read()).keys).toHaveLength(3);
  });

  it('a keychain vault without a passphrase refuses to gain one by re-keying', async () => {
    const { dir, keychain, store } = await vaultWithHistory();
    const before = await snapshot(dir);
    expect(await outcome(store.rekey({ keychain, newPassphrase: NEW_PASS }))).toBe('invalid-input');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a store opened before another process re-keyed knows, and writes nothing', async () => {
    const { dir, keychain, store } = await vaultWithHistory();
    const other = await VaultStore.open(dir, { keychain });
    expect(await store.isRekeyed()).toBe(false);
    (await other.rekey({ keychain })).store.close();
    expect(await store.isRekeyed()).toBe(true);
    const before = await snapshot(dir);
    const refused: unknown = await new KeyService(store).add(sampleKey(8)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: 'locked' });
    expect(String((refused as Error).message)).toMatch(/re-keyed/);
    expect(await outcome(store.read())).toBe('locked');
    expect(await snapshot(dir)).toEqual(before);
  });
});
