// The header is not secret and not authenticated until the payload decrypts: these tests
// change it the way anyone who can write to the vault folder could (checksum recomputed).
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyService } from '../keys/key-service';
import { rewriteHeader } from '../test/craft-vault';
import { sampleKey } from '../test/sample-keys';
import { tempDir } from '../test/temp-dir';
import { memoryKeychain } from './keychain';
import { loadSodium } from './sodium';
import { vaultPath } from './vault-file';
import { decodeVaultFile } from './vault-format';
import { VaultStore } from './vault-store';

const fastLimits = { opslimit: 2, memlimit: 8 * 1024 * 1024 };
const passphrase = 'correct horse battery';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Argon2id limits in the header', () => {
  it('refuses limits outside libsodium MIN..SENSITIVE as a damaged vault, before any hashing', async () => {
    const sodium = await loadSodium();
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, {
      keychain,
      passphrase,
      pwhashLimits: fastLimits,
    });
    store.close();
    const original = await readFile(vaultPath(dir));
    const cases: Array<{ opslimit?: number; memlimit?: number }> = [
      { opslimit: sodium.crypto_pwhash_OPSLIMIT_SENSITIVE + 1 },
      { opslimit: 2 ** 32 - 1 },
      { memlimit: sodium.crypto_pwhash_MEMLIMIT_MIN - 1 },
      { memlimit: sodium.crypto_pwhash_MEMLIMIT_SENSITIVE + 1 },
      { memlimit: 2 ** 42 },
    ];
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    for (const limits of cases) {
      await writeFile(vaultPath(dir), original);
      await rewriteHeader(dir, (header) => {
        const wraps = header.wraps as { passphrase: Record<string, unknown> };
        Object.assign(wraps.passphrase, limits);
      });
      const what = JSON.stringify(limits);
      await expect(VaultStore.open(dir, { keychain, passphrase }), what).rejects.toMatchObject({
        code: 'vault-unreadable',
        message: expect.stringMatching(/damaged/) as unknown,
      });
      await expect(VaultStore.describe(dir), what).rejects.toMatchObject({
        code: 'vault-unreadable',
      });
    }
    expect(pwhash).not.toHaveBeenCalled();

    // The limits the app writes, and the range's own ends, still open.
    await writeFile(vaultPath(dir), original);
    pwhash.mockRestore();
    (await VaultStore.open(dir, { keychain, passphrase })).close();
    const edges = {
      opslimit: sodium.crypto_pwhash_OPSLIMIT_MIN,
      memlimit: sodium.crypto_pwhash_MEMLIMIT_MIN,
    };
    await rewriteHeader(dir, (header) => {
      Object.assign((header.wraps as { passphrase: object }).passphrase, edges);
    });
    const decoded = decodeVaultFile(sodium, await readFile(vaultPath(dir)), vaultPath(dir));
    expect(decoded.header.wraps.passphrase).toMatchObject(edges);
  });
});

describe('adopting the header', () => {
  it('refuses a file whose header was altered and adopts nothing from it', async () => {
    const dir = await tempDir();
    const keychain = memoryKeychain();
    const { store } = await VaultStore.create(dir, { keychain });
    await new KeyService(store).add(sampleKey(1));
    const original = await readFile(vaultPath(dir));

    // Someone turns the keychain vault into a "passphrase-only" one in the header alone.
    const other = await tempDir();
    const { store: donor } = await VaultStore.create(other, {
      keychain: memoryKeychain(),
      passphrase,
      pwhashLimits: fastLimits,
    });
    donor.close();
    const donorWrap = decodeVaultFile(
      await loadSodium(),
      await readFile(vaultPath(other)),
      vaultPath(other),
    ).header.wraps.passphrase;
    await rewriteHeader(dir, (header) => {
      header.keychain = false;
      header.createdAt = '2000-01-01T00:00:00.000Z';
      (header.wraps as Record<string, unknown>).passphrase = donorWrap;
    });
    const altered = await readFile(vaultPath(dir));

    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'vault-unreadable' });
    await expect(store.read()).rejects.toMatchObject({ code: 'vault-unreadable' });
    // Opening goes by the header (no key is known yet): it now asks for a passphrase.
    await expect(VaultStore.open(dir, { keychain })).rejects.toMatchObject({
      code: 'passphrase-required',
    });
    expect(await readFile(vaultPath(dir))).toEqual(altered);
    expect(store.hasPassphrase).toBe(false);
    expect(store.keychainKept).toBe(true);

    // Once the real file is back, the next save writes the real header, not the altered one.
    await writeFile(vaultPath(dir), original);
    await new KeyService(store).add(sampleKey(2));
    const saved = decodeVaultFile(
      await loadSodium(),
      await readFile(vaultPath(dir)),
      vaultPath(dir),
    ).header;
    expect(saved.keychain).toBe(true);
    expect(saved.wraps.passphrase).toBeUndefined();
    expect(saved.createdAt).not.toBe('2000-01-01T00:00:00.000Z');
    expect((await store.read()).keys).toHaveLength(2);
  });
});
