// Recovery keeps the vault's protection: a passphrase-only vault stays passphrase-only (with
// a new passphrase) unless the user asks to keep the key in the keychain; a keychain vault
// gets its entry back as before.
import { describe, expect, it } from 'vitest';
import { KeyService } from '../keys/key-service';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { snapshot } from '../test/vault-snapshot';
import { outcome } from '../test/outcome';
import { absentKeychain, memoryKeychain } from './keychain';
import { VaultStore } from './vault-store';

const fastLimits = { opslimit: 2, memlimit: 8 * 1024 * 1024 };
const FORGOTTEN = 'the forgotten passphrase';
const NEW_PASS = 'a brand new passphrase';

async function passphraseOnlyVault() {
  const dir = await tempDir();
  const keychain = memoryKeychain();
  const { store, recoveryKey } = await VaultStore.create(dir, {
    keychain,
    passphrase: FORGOTTEN,
    keepKeychain: false,
    pwhashLimits: fastLimits,
  });
  const keys = new KeyService(store);
  for (let i = 0; i < 3; i++) await keys.add(sampleKey(i));
  store.close();
  return { dir, keychain, recoveryKey };
}

describe('VaultStore.recover keeps the protection', () => {
  it('a passphrase-only vault stays one, with the new passphrase; the keychain gets nothing', async () => {
    const { dir, keychain, recoveryKey } = await passphraseOnlyVault();
    const store = await VaultStore.recover(dir, {
      keychain,
      recoveryKey,
      newPassphrase: NEW_PASS,
      pwhashLimits: fastLimits,
    });
    expect((await store.read()).keys).toHaveLength(3);
    expect(keychain.entries.size).toBe(0);
    expect(await VaultStore.describe(dir)).toMatchObject({
      hasPassphrase: true,
      keychainKept: false,
    });
    expect(await outcome(VaultStore.open(dir, { keychain }))).toBe('passphrase-required');
    expect(await outcome(VaultStore.open(dir, { keychain, passphrase: FORGOTTEN }))).toBe(
      'wrong-passphrase',
    );
    const reopened = await VaultStore.open(dir, { keychain, passphrase: NEW_PASS });
    expect((await reopened.read()).keys).toHaveLength(3);
  });

  it('works without any keychain (a Linux without a Secret Service)', async () => {
    const { dir, recoveryKey } = await passphraseOnlyVault();
    const store = await VaultStore.recover(dir, {
      keychain: absentKeychain(),
      recoveryKey,
      newPassphrase: NEW_PASS,
      pwhashLimits: fastLimits,
    });
    expect((await store.read()).keys).toHaveLength(3);
  });

  it('without a new passphrase (and without keepKeychain) refuses and changes nothing', async () => {
    const { dir, keychain, recoveryKey } = await passphraseOnlyVault();
    const before = await snapshot(dir);
    for (const newPassphrase of [undefined, '', 'short']) {
      const recovering = VaultStore.recover(dir, {
        keychain,
        recoveryKey,
        pwhashLimits: fastLimits,
        ...(newPassphrase !== undefined && { newPassphrase }),
      });
      expect(await outcome(recovering)).toBe('invalid-input');
    }
    expect(await snapshot(dir)).toEqual(before);
    expect(keychain.entries.size).toBe(0);
  });

  it('keepKeychain, asked for explicitly, keeps the key in the keychain (the old behaviour)', async () => {
    const { dir, keychain, recoveryKey } = await passphraseOnlyVault();
    await VaultStore.recover(dir, { keychain, recoveryKey, keepKeychain: true });
    expect(await VaultStore.describe(dir)).toMatchObject({ keychainKept: true });
    expect((await (await VaultStore.open(dir, { keychain })).read()).keys).toHaveLength(3);
  });

  it('a keychain vault recovers as before: the entry is back, no passphrase asked', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store, recoveryKey } = await VaultStore.create(dir, { keychain });
    await new KeyService(store).add(sampleKey(1));
    store.close();
    keychain.entries.clear();
    await VaultStore.recover(dir, { keychain, recoveryKey });
    expect(await VaultStore.describe(dir)).toMatchObject({
      hasPassphrase: false,
      keychainKept: true,
    });
    expect((await (await VaultStore.open(dir, { keychain })).read()).keys).toHaveLength(1);
  });
});
