// The app and re-keying: the Settings action (vault.rekey) keeps the app open on the new key;
// a re-key by another process (the CLI) locks the app, which tells the renderer why.
import { describe, expect, it } from 'vitest';
import { sampleKey } from '../test/sample-keys';
import { outcome } from '../test/outcome';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from '../vault/keychain';
import { VaultStore } from '../vault/vault-store';
import { startBackground } from './background';
import { call, createTestCore, FAST_PWHASH } from './testing';
import type { RequestOf } from '../../../shared/ipc/contract';
import { WATCH_DEBOUNCE_MS } from './vault-watcher';

function addRequest(n: number): RequestOf<'keys.add'> {
  const input = sampleKey(n);
  return { ...input, apiKey: input.apiKey ?? '' };
}

describe('re-keying and the app session', () => {
  it('vault.rekey returns a new recovery key once and keeps the app unlocked', async () => {
    const dir = await tempDir();
    const core = createTestCore(dir);
    const { recoveryKey: oldRecovery } = await call(core, 'vault.create', {});
    await call(core, 'keys.add', addRequest(1));
    const rekeyed = await call(core, 'vault.rekey', {});
    expect(rekeyed.recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect(rekeyed.recoveryKey).not.toBe(oldRecovery);
    expect(rekeyed).toMatchObject({ leftovers: 0, status: { state: 'unlocked' } });
    expect((await call(core, 'keys.list', {})).keys).toHaveLength(1);
    // The old recovery key is refused; the new one opens.
    expect(
      await outcome(
        VaultStore.recover(dir, { keychain: memoryKeychain(), recoveryKey: oldRecovery }),
      ),
    ).toBe('wrong-recovery-key');
    await VaultStore.recover(dir, { keychain: memoryKeychain(), recoveryKey: rekeyed.recoveryKey });
  });

  it('a passphrase vault: vault.rekey needs the current passphrase and a new one', async () => {
    const core = createTestCore(await tempDir());
    await call(core, 'vault.create', { passphrase: 'the old passphrase', keepKeychain: false });
    const refused = await core.handle('vault.rekey', { newPassphrase: 'a new passphrase' });
    expect(refused).toMatchObject({ ok: false, code: 'passphrase-required' });
    const wrong = await core.handle('vault.rekey', {
      passphrase: 'not the passphrase',
      newPassphrase: 'a new passphrase',
    });
    expect(wrong).toMatchObject({ ok: false, code: 'wrong-passphrase' });
    await call(core, 'vault.rekey', {
      passphrase: 'the old passphrase',
      newPassphrase: 'a new passphrase',
    });
    await call(core, 'vault.lock', {});
    expect(await core.handle('vault.unlock', { passphrase: 'the old passphrase' })).toMatchObject({
      ok: false,
      code: 'wrong-passphrase',
    });
    await call(core, 'vault.unlock', { passphrase: 'a new passphrase' });
  });

  it('locks, saying why, when another process re-keys (folder watcher)', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const core = createTestCore(dir, { keychain });
    await call(core, 'vault.create', {});
    await call(core, 'keys.add', addRequest(1));
    const changed: number[] = [];
    const background = await startBackground(core, {
      scheduler: core.scheduler,
      idleSeconds: () => 0,
      checkReminders: () => Promise.resolve(),
      onVaultChanged: () => changed.push(1),
      onError: (error) => {
        throw error;
      },
    });
    try {
      // The CLI, in another process: its own store on the same folder and keychain.
      const cli = await VaultStore.open(dir, { keychain });
      (await cli.rekey({ keychain })).store.close();
      // The watcher's debounce runs on the fake scheduler: move it on until the app locks.
      await expect
        .poll(
          () => {
            core.scheduler.advance(WATCH_DEBOUNCE_MS);
            return core.session.isUnlocked;
          },
          { timeout: 5000 },
        )
        .toBe(false);
      expect(changed).toEqual([]);
      expect(core.events).toContainEqual({ event: 'locked', payload: { reason: 'rekeyed' } });
      // Unlocking again opens with the keychain's new key.
      await call(core, 'vault.unlock', {});
      expect((await call(core, 'keys.list', {})).keys).toHaveLength(1);
    } finally {
      background.stop();
    }
  });

  it('a request that meets a re-keyed vault before the watcher locks at once', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const core = createTestCore(dir, { keychain });
    await call(core, 'vault.create', { passphrase: 'the old passphrase', keepKeychain: true });
    await call(core, 'keys.add', addRequest(1));
    const cli = await VaultStore.open(dir, { keychain, passphrase: 'the old passphrase' });
    (
      await cli.rekey({
        keychain,
        passphrase: 'the old passphrase',
        newPassphrase: 'a new passphrase',
        pwhashLimits: FAST_PWHASH,
      })
    ).store.close();
    const listed = await core.handle('keys.list', {});
    expect(listed).toMatchObject({ ok: false, code: 'locked' });
    expect(core.session.isUnlocked).toBe(false);
    expect(core.events).toContainEqual({ event: 'locked', payload: { reason: 'rekeyed' } });
  });

  it('vault.recover of a passphrase-only vault takes a new passphrase and keeps it so', async () => {
    const dir = await tempDir();
    const first = createTestCore(dir);
    const { recoveryKey } = await call(first, 'vault.create', {
      passphrase: 'the old passphrase',
      keepKeychain: false,
    });
    const fresh = createTestCore(dir);
    expect(await fresh.handle('vault.recover', { recoveryKey })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    const status = await call(fresh, 'vault.recover', {
      recoveryKey,
      newPassphrase: 'a new passphrase',
    });
    expect(status).toMatchObject({ state: 'unlocked', hasPassphrase: true, keychainKept: false });
  });
});
