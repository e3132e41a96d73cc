import { describe, expect, it, vi } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { absentKeychain, memoryKeychain, type KeychainPort } from '../vault/keychain';
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

  describe('a lock requested while an unlock runs wins', () => {
    /** A keychain whose reads wait for `release()`: an unlock held mid-way, like Argon2's second. */
    function gatedKeychain(inner: KeychainPort) {
      let release = () => {};
      let reached = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      const waiting = new Promise<void>((resolve) => (reached = resolve));
      let gated = false;
      const keychain: KeychainPort = {
        ...inner,
        get: async (account) => {
          if (gated) {
            reached();
            await gate;
          }
          return inner.get(account);
        },
      };
      return { keychain, hold: () => (gated = true), release: () => release(), waiting };
    }

    /** Records every store VaultStore.open / recover hands out, to check its key is dropped. */
    function watchStores(method: 'open' | 'recover') {
      const opened: VaultStore[] = [];
      const original = VaultStore[method].bind(VaultStore) as (
        ...args: unknown[]
      ) => Promise<VaultStore>;
      const spy = vi.spyOn(VaultStore, method).mockImplementation(async (...args: unknown[]) => {
        const store = await original(...args);
        opened.push(store);
        return store;
      });
      return { opened, restore: () => spy.mockRestore() };
    }

    it('unlock: the vault ends locked and the opened store has dropped its key', async () => {
      const dir = await tempDir();
      const gated = gatedKeychain(memoryKeychain());
      const core = createTestCore(dir, { keychain: gated.keychain });
      await core.session.create({});
      await core.session.lock('user');
      const stores = watchStores('open');
      try {
        gated.hold();
        const unlocking = core.session.unlock({});
        await gated.waiting;
        const locking = core.session.lock('screen-lock');
        gated.release();
        await expect(unlocking).rejects.toMatchObject({ code: 'locked' });
        await locking;
        expect(core.session.isUnlocked).toBe(false);
        expect((await core.session.status()).state).toBe('locked');
        expect(stores.opened).toHaveLength(1);
        // The store the unlock opened was closed: its vault key is zeroed and unusable.
        await expect(stores.opened[0]!.read()).rejects.toThrow();
        // A later unlock works as usual.
        await core.session.unlock({});
        expect(core.session.isUnlocked).toBe(true);
      } finally {
        stores.restore();
      }
    });

    it('unlock with a passphrase (Argon2) loses to a lock requested meanwhile', async () => {
      const dir = await tempDir();
      const core = createTestCore(dir);
      await core.session.create({ passphrase: 'correct horse battery', keepKeychain: false });
      await core.session.lock('user');
      const stores = watchStores('open');
      try {
        const unlocking = core.session.unlock({ passphrase: 'correct horse battery' });
        // Requested at once: the unlock has not finished reading and hashing yet.
        await core.session.lock('idle');
        await expect(unlocking).rejects.toMatchObject({ code: 'locked' });
        expect(core.session.isUnlocked).toBe(false);
        await expect(stores.opened[0]!.read()).rejects.toThrow();
      } finally {
        stores.restore();
      }
    });

    it('recover: a lock requested meanwhile leaves the vault locked', async () => {
      const dir = await tempDir();
      const core = createTestCore(dir, { keychain: memoryKeychain() });
      const recoveryKey = await core.session.create({});
      await core.session.lock('user');
      const fresh = createTestCore(dir, { keychain: memoryKeychain() });
      const stores = watchStores('recover');
      try {
        const recovering = fresh.session.recover({ recoveryKey });
        await fresh.session.lock('suspend');
        await expect(recovering).rejects.toMatchObject({ code: 'locked' });
        expect(fresh.session.isUnlocked).toBe(false);
        await expect(stores.opened[0]!.read()).rejects.toThrow();
        // The recovery itself happened: the keychain opens the vault now.
        await fresh.session.unlock({});
        expect(fresh.session.isUnlocked).toBe(true);
      } finally {
        stores.restore();
      }
    });

    it('create: the new vault is made and its recovery key returned, but it stays locked', async () => {
      const core = createTestCore(await tempDir());
      const creating = core.session.create({});
      await core.session.lock('screen-lock');
      const recoveryKey = await creating;
      expect(recoveryKey.length).toBeGreaterThan(20);
      expect(core.session.isUnlocked).toBe(false);
      expect((await core.session.status()).state).toBe('locked');
    });
  });
});
