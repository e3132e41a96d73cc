import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { absentKeychain, memoryKeychain } from './keychain';
import { loadSodium } from './sodium';
import { backupDir, KEEP_BACKUPS, readVaultVersion, vaultPath } from './vault-file';
import { VaultStore } from './vault-store';

const fastLimits = { opslimit: 2, memlimit: 8 * 1024 * 1024 };

describe('VaultStore', () => {
  it('round-trips keys through the file, opened again through the keychain', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store, recoveryKey } = await VaultStore.create(dir, { keychain });
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    await new KeyService(store).add(sampleKey(1));
    store.close();

    const reopened = await VaultStore.open(dir, { keychain });
    const data = await reopened.read();
    expect(data.keys).toHaveLength(1);
    expect(data.keys[0]?.secret).toBe(sampleKey(1).secret);
  });

  it('refuses to create a second vault in the same folder and leaves the first intact', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    await VaultStore.create(dir, { keychain });
    const before = await readFile(vaultPath(dir));
    await expect(VaultStore.create(dir, { keychain })).rejects.toMatchObject({
      code: 'vault-exists',
    });
    expect(await readFile(vaultPath(dir))).toEqual(before);
  });

  it('opens nothing from the vault file alone (no keychain entry)', async () => {
    const dir = await tempDir();
    await VaultStore.create(dir, { keychain: memoryKeychain() });
    await expect(VaultStore.open(dir, { keychain: memoryKeychain() })).rejects.toMatchObject({
      code: 'vault-key-missing',
    });
  });

  it('recovers every key with the recovery key after the keychain entry is lost', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store, recoveryKey } = await VaultStore.create(dir, { keychain });
    const keys = new KeyService(store);
    for (let i = 0; i < 5; i++) await keys.add(sampleKey(i));
    keychain.entries.clear();

    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const recovered = await VaultStore.recover(dir, { keychain, recoveryKey: typed });
    expect((await recovered.read()).keys.map((k) => k.label)).toEqual(
      [0, 1, 2, 3, 4].map((i) => sampleKey(i).label),
    );
    // The keychain holds the key again: a plain open works.
    expect((await (await VaultStore.open(dir, { keychain })).read()).keys).toHaveLength(5);
  });

  it('tells a typo in the recovery key from a key of another vault', async () => {
    const dir = await tempDir();
    const other = await tempDir();
    const keychain = memoryKeychain();
    const { recoveryKey } = await VaultStore.create(dir, { keychain });
    const { recoveryKey: otherKey } = await VaultStore.create(other, { keychain });
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    await expect(VaultStore.recover(dir, { keychain, recoveryKey: typo })).rejects.toThrow(/typo/);
    await expect(VaultStore.recover(dir, { keychain, recoveryKey: otherKey })).rejects.toThrow(
      /does not belong to this vault/,
    );
  });

  it('with a passphrase: opens only with it, wrong one refused, keychain entry not kept', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, {
      keychain,
      passphrase: 'correct horse battery',
      pwhashLimits: fastLimits,
    });
    await new KeyService(store).add(sampleKey(1));
    expect(keychain.entries.size).toBe(0);
    await expect(VaultStore.open(dir, { keychain })).rejects.toMatchObject({
      code: 'passphrase-required',
    });
    await expect(
      VaultStore.open(dir, { keychain, passphrase: 'wrong horse battery' }),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const opened = await VaultStore.open(dir, { keychain, passphrase: 'correct horse battery' });
    expect((await opened.read()).keys).toHaveLength(1);
    expect(await opened.verifyPassphrase('correct horse battery')).toBe(true);
    expect(await opened.verifyPassphrase('wrong')).toBe(false);
  });

  it('uses Argon2id MODERATE limits unless told otherwise', async () => {
    const dir = await tempDir();
    const sodium = await loadSodium();
    await VaultStore.create(dir, { keychain: memoryKeychain(), passphrase: 'a long passphrase' });
    const bytes = await readFile(vaultPath(dir));
    const header = JSON.parse(bytes.subarray(14, 14 + bytes.readUInt32BE(10)).toString('utf8')) as {
      wraps: { passphrase: { opslimit: number; memlimit: number } };
    };
    expect(header.wraps.passphrase.opslimit).toBe(sodium.crypto_pwhash_OPSLIMIT_MODERATE);
    expect(header.wraps.passphrase.memlimit).toBe(sodium.crypto_pwhash_MEMLIMIT_MODERATE);
  });

  it('keeps the keychain entry with a passphrase only when asked to', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    await VaultStore.create(dir, {
      keychain,
      passphrase: 'correct horse battery',
      keepKeychain: true,
      pwhashLimits: fastLimits,
    });
    expect(keychain.entries.size).toBe(1);
    expect(await VaultStore.open(dir, { keychain })).toBeInstanceOf(VaultStore);
  });

  it('sets and removes a passphrase on an existing vault', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, { keychain });
    await store.setPassphrase('new passphrase!', {
      keychain,
      keepKeychain: false,
      pwhashLimits: fastLimits,
    });
    expect(keychain.entries.size).toBe(0);
    await expect(VaultStore.open(dir, { keychain })).rejects.toMatchObject({
      code: 'passphrase-required',
    });
    const opened = await VaultStore.open(dir, { keychain, passphrase: 'new passphrase!' });
    await opened.setPassphrase(null, { keychain, keepKeychain: true });
    expect((await VaultStore.describe(dir)).hasPassphrase).toBe(false);
    expect(await VaultStore.open(dir, { keychain })).toBeInstanceOf(VaultStore);
  });

  it('refuses to create a vault when the keychain is absent and no passphrase is given', async () => {
    const dir = await tempDir();
    await expect(VaultStore.create(dir, { keychain: absentKeychain() })).rejects.toMatchObject({
      code: 'keychain-unavailable',
    });
    expect(await readdir(dir)).not.toContain('vault.keyward');
    // With a passphrase (and no keychain kept) it works: never a plain key file.
    const { store } = await VaultStore.create(dir, {
      keychain: absentKeychain(),
      passphrase: 'correct horse battery',
      pwhashLimits: fastLimits,
    });
    expect(store.keychainKept).toBe(false);
  });

  it('detects a change of any single byte of the file and never overwrites it', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, { keychain });
    await new KeyService(store).add(sampleKey(1));
    const original = await readFile(vaultPath(dir));
    // Every single byte, one at a time.
    const positions = original.keys();
    for (const position of positions) {
      const changed = Buffer.from(original);
      changed[position] = changed[position]! ^ 0x01;
      await writeFile(vaultPath(dir), changed);
      await expect(VaultStore.open(dir, { keychain }), `byte ${position}`).rejects.toMatchObject({
        code: 'vault-unreadable',
      });
      await expect(
        store.update(() => undefined),
        `byte ${position}`,
      ).rejects.toMatchObject({
        code: 'vault-unreadable',
      });
      expect(await readFile(vaultPath(dir))).toEqual(changed);
    }
  });

  it('names each unreadable state', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    await VaultStore.create(dir, { keychain });
    const original = await readFile(vaultPath(dir));
    await writeFile(vaultPath(dir), 'hello, not a vault');
    await expect(VaultStore.open(dir, { keychain })).rejects.toThrow(/not a Keyward vault/);
    await writeFile(vaultPath(dir), original.subarray(0, 20));
    await expect(VaultStore.open(dir, { keychain })).rejects.toThrow(/truncated|damaged/);
    await writeFile(vaultPath(dir), original.subarray(0, original.length - 100));
    await expect(VaultStore.open(dir, { keychain })).rejects.toThrow(/damaged/);
    await expect(VaultStore.open(await tempDir(), { keychain })).rejects.toMatchObject({
      code: 'no-vault',
    });
  });

  it('reports a newer format version as such', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const sodium = await loadSodium();
    await VaultStore.create(dir, { keychain });
    const bytes = new Uint8Array(await readFile(vaultPath(dir)));
    bytes[9] = 2; // format version 2, with a matching checksum, as a newer Keyward would write
    const body = bytes.subarray(0, bytes.length - 32);
    bytes.set(sodium.crypto_generichash(32, body, null), body.length);
    await writeFile(vaultPath(dir), bytes);
    await expect(VaultStore.open(dir, { keychain })).rejects.toThrow(/newer Keyward \(format 2/);
  });

  it('keeps the last 10 versions as backups, each a readable vault', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, { keychain });
    const keys = new KeyService(store);
    for (let i = 0; i < 14; i++) await keys.add(sampleKey(i));
    const backups = (await readdir(backupDir(dir))).sort();
    expect(backups).toHaveLength(KEEP_BACKUPS);
    const newest = path.join(backupDir(dir), backups[backups.length - 1]!);
    await writeFile(vaultPath(dir), await readFile(newest));
    expect((await (await VaultStore.open(dir, { keychain })).read()).keys).toHaveLength(13);
  });

  it('queues concurrent updates in one process without losing any', async () => {
    const dir = await tempDir();
    const { store } = await VaultStore.create(dir, { keychain: memoryKeychain() });
    const keys = new KeyService(store);
    await Promise.all(Array.from({ length: 20 }, (_, i) => keys.add(sampleKey(i))));
    expect((await store.read()).keys).toHaveLength(20);
  });

  it('saves nothing when the change throws or is invalid', async () => {
    const dir = await tempDir();
    const { store } = await VaultStore.create(dir, { keychain: memoryKeychain() });
    const before = await readFile(vaultPath(dir));
    await expect(
      store.update((data) => {
        data.keys.length = 0;
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      store.update((data) => {
        data.services.push({
          id: '',
          name: '',
          url: '',
          notes: '',
          assessment: { flags: {}, assessedAt: null },
        } as never);
      }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await readFile(vaultPath(dir))).toEqual(before);
  });

  it('names each saved version by its checksum, read from the file without decrypting it', async () => {
    const dir = await tempDir();
    const { store } = await VaultStore.create(dir, { keychain: memoryKeychain() });
    const first = await store.version();
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const bytes = await readFile(vaultPath(dir));
    expect(first).toBe(bytes.subarray(bytes.length - 32).toString('hex'));
    expect((await store.readVersioned()).version).toBe(first);
    await new KeyService(store).add(sampleKey(1));
    const second = await store.version();
    expect(second).not.toBe(first);
    // A save of the very same data still has a fresh nonce, hence a new version.
    await store.update(() => undefined);
    expect(await store.version()).not.toBe(second);
    expect(await readVaultVersion(await tempDir())).toBeNull();
  });

  it('refuses use after close', async () => {
    const dir = await tempDir();
    const { store } = await VaultStore.create(dir, { keychain: memoryKeychain() });
    store.close();
    await expect(store.read()).rejects.toMatchObject({ code: 'locked' });
  });
});
