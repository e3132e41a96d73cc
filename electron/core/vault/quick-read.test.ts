import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from './keychain';
import { quickReadValue } from './quick-read';
import { vaultPath } from './vault-file';
import { VaultStore } from './vault-store';

async function vaultWithKey() {
  const dir = await tempDir();
  const keychain = memoryKeychain();
  const { store } = await VaultStore.create(dir, { keychain });
  await new KeyService(store).add(sampleKey(1, { label: 'Alpha' }));
  return { dir, keychain, store };
}

describe('quickReadValue', () => {
  it('reads the value libsodium wrote, by label (any case) or id', async () => {
    const { dir, keychain, store } = await vaultWithKey();
    expect(await quickReadValue(dir, 'alpha', 'secret', keychain)).toBe(sampleKey(1).secret);
    const id = (await store.read()).keys[0]!.id;
    expect(await quickReadValue(dir, id, 'apiKey', keychain)).toBe(sampleKey(1).apiKey);
  });

  it('answers null (the full path decides) for anything but the plain case', async () => {
    const { dir, keychain } = await vaultWithKey();
    expect(await quickReadValue(dir, 'nobody', 'secret', keychain)).toBeNull();
    expect(await quickReadValue(dir, 'alpha', 'secret', memoryKeychain())).toBeNull();
    expect(await quickReadValue(await tempDir(), 'alpha', 'secret', keychain)).toBeNull();
    const original = await readFile(vaultPath(dir));
    for (const position of [0, 9, 30, Math.floor(original.length / 2), original.length - 40]) {
      const changed = Buffer.from(original);
      changed[position]! ^= 1;
      await writeFile(vaultPath(dir), changed);
      expect(await quickReadValue(dir, 'alpha', 'secret', keychain), `byte ${position}`).toBeNull();
    }
  });

  it('leaves a passphrase vault without a kept keychain entry to the full path', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, {
      keychain,
      passphrase: 'correct horse battery',
      pwhashLimits: { opslimit: 2, memlimit: 8 * 1024 * 1024 },
    });
    await new KeyService(store).add(sampleKey(1, { label: 'Alpha' }));
    expect(await quickReadValue(dir, 'Alpha', 'secret', keychain)).toBeNull();
  });
});
