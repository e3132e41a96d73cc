import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { absentKeychain, memoryKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { createTestCore, FAST_PWHASH } from './testing';

describe('VaultSession', () => {
  it('goes none -> unlocked on create, locked on lock, unlocked again through the keychain', async () => {
    const core = createTestCore(await tempDir());
    expect((await core.session.status()).state).toBe('none');
    const recoveryKey = await core.session.create({});
    expect(recoveryKey.length).toBeGreaterThan(20);
    expect((await core.session.status()).state).toBe('unlocked');
    await core.session.lock('idle');
    expect((await core.session.status()).state).toBe('locked');
    expect(core.events).toEqual([{ event: 'locked', payload: { reason: 'idle' } }]);
    expect(() => core.session.requireOpen()).toThrow(/locked/);
    await core.session.unlock({});
    expect(core.session.isUnlocked).toBe(true);
  });

  it('lock zeroes the store: a reference kept from before can no longer read', async () => {
    const core = createTestCore(await tempDir());
    await core.session.create({});
    const { store, keys, lists } = core.session.requireOpen();
    await keys.add(sampleKey(1));
    expect((await lists.keys()).total).toBe(1);
    await core.session.lock('user');
    await expect(store.read()).rejects.toThrow();
    await expect(keys.list()).rejects.toThrow();
    // The list's views go with the key: nothing is answered from them once locked.
    await expect(lists.keys()).rejects.toThrow(/locked/);
  });

  it('status follows a passphrase set by another process (the CLI)', async () => {
    const dir = await tempDir();
    const core = createTestCore(dir);
    await core.session.create({});
    expect((await core.session.status()).hasPassphrase).toBe(false);
    const cli = await VaultStore.open(dir, { keychain: core.keychain });
    await cli.setPassphrase('correct horse battery', {
      keychain: core.keychain,
      keepKeychain: false,
      pwhashLimits: FAST_PWHASH,
    });
    cli.close();
    expect(await core.session.status()).toMatchObject({
      hasPassphrase: true,
      keychainKept: false,
    });
  });

  it("lock clears Keyward's clipboard value and says so", async () => {
    const core = createTestCore(await tempDir());
    await core.session.create({});
    await core.clipboard.copy('s3cret-value', 30);
    await core.session.lock('screen-lock');
    expect(core.board.text).toBe('');
    // The key drops first; the clipboard clear follows.
    expect(core.events.map((e) => e.event)).toEqual(['locked', 'clipboardCleared']);
    expect(core.events[1]?.payload).toEqual({ reason: 'lock' });
  });

  it('a passphrase vault without a kept keychain entry asks for the passphrase', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const first = createTestCore(dir, { keychain });
    await first.session.create({ passphrase: 'correct horse battery', keepKeychain: false });
    await first.session.lock('user');
    const status = await first.session.status();
    expect(status).toMatchObject({ state: 'locked', hasPassphrase: true, keychainKept: false });
    await expect(first.session.unlock({})).rejects.toMatchObject({ code: 'passphrase-required' });
    await expect(first.session.unlock({ passphrase: 'wrong passphrase' })).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    expect(first.session.isUnlocked).toBe(false);
    await first.session.unlock({ passphrase: 'correct horse battery' });
    expect(first.session.isUnlocked).toBe(true);
  });

  it('recovers with the recovery key when the keychain entry is lost', async () => {
    const dir = await tempDir();
    const core = createTestCore(dir, { keychain: memoryKeychain() });
    const recoveryKey = await core.session.create({});
    await core.session.lock('user');
    const fresh = createTestCore(dir, { keychain: memoryKeychain() });
    await expect(fresh.session.unlock({})).rejects.toMatchObject({ code: 'vault-key-missing' });
    await expect(fresh.session.recover({ recoveryKey: 'not-a-key' })).rejects.toMatchObject({
      code: 'wrong-recovery-key',
    });
    await fresh.session.recover({ recoveryKey });
    expect(fresh.session.isUnlocked).toBe(true);
  });

  it('reports an unreachable keychain so the UI can offer the passphrase', async () => {
    const core = createTestCore(await tempDir(), { keychain: absentKeychain() });
    expect(await core.session.status()).toMatchObject({ state: 'none', keychainAvailable: false });
    await expect(core.session.create({})).rejects.toMatchObject({ code: 'keychain-unavailable' });
  });
});
