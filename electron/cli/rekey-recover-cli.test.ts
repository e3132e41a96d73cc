// `keyward rekey` and `keyward recover` end to end: the built CLI, real files, the real
// keychain. Re-keying revokes the old recovery key and passphrase (they open no file left in
// the folder); recovery keeps a passphrase-only vault passphrase-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesOpenedBy } from '../core/test/opened-by';
import { tempDir } from '../core/test/temp-dir';
import { keytarKeychain } from '../core/vault/keychain';
import { listBackups } from '../core/vault/vault-file';
import { VaultStore } from '../core/vault/vault-store';
import { buildCli, makeRunner, type CliResult } from './test/run-cli';
import { snapshot } from './test/vault-snapshot';

const SERVICE = `Keyward-test-rekey-${process.pid}`;
const keychain = keytarKeychain(SERVICE);
const vaultIds: string[] = [];
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const OLD_PASS = 'the old passphrase';
const NEW_PASS = 'a brand new passphrase';
const RECOVERY_KEY = /^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/;

beforeAll(buildCli, 60_000);
afterAll(async () => {
  for (const id of vaultIds) await keychain.delete(id).catch(() => false);
});

async function freshVault(initArgs: string[] = [], input = '') {
  const dir = await tempDir();
  const run = makeRunner(dir, SERVICE);
  const init = await run(['init', ...initArgs], { input });
  expect(init.status, init.stderr).toBe(0);
  vaultIds.push((await VaultStore.describe(dir)).vaultId!);
  return { dir, run, recoveryKey: init.stdout.trim() };
}

function add(label: string, passphrase?: string): [string[], { input: string }] {
  const args = ['add', '--label', label, '--provider', 'binance', '--api-key', `KEY-${label}`];
  return passphrase === undefined
    ? [args, { input: SECRET }]
    : [[...args, '--passphrase-stdin'], { input: `${passphrase}\n${SECRET}\n` }];
}

function expectOk(result: CliResult): void {
  expect(result.status, result.stderr).toBe(0);
}

describe('keyward rekey', () => {
  it('keychain vault: prints the new recovery key alone; the old one opens nothing', async () => {
    const { dir, run, recoveryKey } = await freshVault();
    for (const label of ['One', 'Two', 'Three']) expectOk(await run(...add(label)));
    expect((await listBackups(dir)).length).toBeGreaterThan(2);

    const rekeyed = await run(['rekey']);
    expectOk(rekeyed);
    const lines = rekeyed.stdout.split('\n');
    expect(lines).toHaveLength(2); // the key, then the final line break
    expect(lines[0]).toMatch(RECOVERY_KEY);
    expect(lines[0]).not.toBe(recoveryKey);
    expect(rekeyed.stderr).toMatch(/shown only this once/);
    expect(rekeyed.stderr).not.toContain(lines[0]);

    expect(await filesOpenedBy(dir, { recoveryKey })).toEqual([]);
    // The keychain entry was replaced: the vault opens as before, every key intact.
    expect((await run(['get', 'Two'])).stdout).toBe(`${SECRET}\n`);
    const before = await snapshot(dir);
    const old = await run(['recover'], { input: `${recoveryKey}\n` });
    expect(old.status).toBe(2);
    expect(old.stderr).toMatch(/does not belong to this vault/);
    expect(await snapshot(dir)).toEqual(before);
    expectOk(await run(['recover'], { input: `${lines[0]}\n` }));
  });

  it('passphrase vault: stdin holds the current then the new passphrase; it stays one', async () => {
    const { dir, run, recoveryKey } = await freshVault(['--passphrase-stdin'], `${OLD_PASS}\n`);
    expectOk(await run(...add('One', OLD_PASS)));
    const before = await snapshot(dir);
    for (const input of [
      `wrong passphrase\n${NEW_PASS}\n`,
      `${OLD_PASS}\n`,
      `${OLD_PASS}\n${OLD_PASS}\n`,
    ]) {
      const refused = await run(['rekey'], { input });
      expect(refused.status, refused.stderr).toBe(2);
      expect(refused.stdout).toBe('');
    }
    expect(await snapshot(dir)).toEqual(before);

    const rekeyed = await run(['rekey'], { input: `${OLD_PASS}\n${NEW_PASS}\n` });
    expectOk(rekeyed);
    expect(rekeyed.stdout.trim()).toMatch(RECOVERY_KEY);
    expect(await filesOpenedBy(dir, { recoveryKey, passphrase: OLD_PASS })).toEqual([]);
    expect(await VaultStore.describe(dir)).toMatchObject({
      hasPassphrase: true,
      keychainKept: false,
    });
    const oldPass = await run(['get', 'One', '--passphrase-stdin'], { input: `${OLD_PASS}\n` });
    expect(oldPass.status).toBe(2);
    const newPass = await run(['get', 'One', '--passphrase-stdin'], { input: `${NEW_PASS}\n` });
    expect(newPass.stdout).toBe(`${SECRET}\n`);
  }, 240_000); // about ten Argon2id runs at MODERATE (256 MiB each)
});

describe('keyward recover keeps the protection', () => {
  it('a passphrase-only vault asks for a new passphrase on line 2 and stays passphrase-only', async () => {
    const { dir, run, recoveryKey } = await freshVault(['--passphrase-stdin'], `${OLD_PASS}\n`);
    expectOk(await run(...add('One', OLD_PASS)));
    const before = await snapshot(dir);
    const missing = await run(['recover'], { input: `${recoveryKey}\n` });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/new passphrase/);
    expect(await snapshot(dir)).toEqual(before);

    const recovered = await run(['recover'], { input: `${recoveryKey}\n${NEW_PASS}\n` });
    expectOk(recovered);
    const { vaultId, keychainKept, hasPassphrase } = await VaultStore.describe(dir);
    expect({ keychainKept, hasPassphrase }).toEqual({ keychainKept: false, hasPassphrase: true });
    expect(await keychain.get(vaultId!)).toBeNull();
    expect((await run(['list'])).status).toBe(3);
    const opened = await run(['get', 'One', '--passphrase-stdin'], { input: `${NEW_PASS}\n` });
    expect(opened.stdout).toBe(`${SECRET}\n`);
  }, 180_000);

  it('--keep-keychain keeps the key in the keychain instead (no line 2)', async () => {
    const { dir, run, recoveryKey } = await freshVault(['--passphrase-stdin'], `${OLD_PASS}\n`);
    expectOk(await run(['recover', '--keep-keychain'], { input: `${recoveryKey}\n` }));
    expect((await VaultStore.describe(dir)).keychainKept).toBe(true);
    expectOk(await run(['list']));
  });

  it('a changed passphrase points at rekey (a change alone does not revoke)', async () => {
    const { run } = await freshVault(['--passphrase-stdin'], `${OLD_PASS}\n`);
    const changed = await run(['passphrase'], { input: `${OLD_PASS}\n${NEW_PASS}\n` });
    expectOk(changed);
    expect(changed.stderr).toMatch(/keyward rekey/);
  });
});
