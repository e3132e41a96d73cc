// The `keyward` command end to end: the built CLI, real files, the real keychain (npm test
// provides a Secret Service). Each error path must leave the vault folder byte-for-byte as
// it was.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keytarKeychain } from '../core/vault/keychain';
import { VaultStore } from '../core/vault/vault-store';
import { tempDir } from '../core/test/temp-dir';
import { binanceAddArgs } from './test/cli-vault';
import { buildCli, makeRunner, type CliResult } from './test/run-cli';
import { snapshot } from './test/vault-snapshot';

const SERVICE = `Keyward-test-cli-${process.pid}`;
const keychain = keytarKeychain(SERVICE);
const vaultIds: string[] = [];

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const LABEL = 'CoinTracker - Read Only';

beforeAll(buildCli, 60_000);
afterAll(async () => {
  for (const id of vaultIds) await keychain.delete(id).catch(() => false);
});

async function freshVault(initArgs: string[] = [], input = '') {
  const dir = await tempDir();
  const run = makeRunner(dir, SERVICE);
  const init = await run(['init', ...initArgs], { input });
  expect(init.status, init.stderr).toBe(0);
  const info = await VaultStore.describe(dir);
  vaultIds.push(info.vaultId!);
  return { dir, run, recoveryKey: init.stdout.trim(), vaultId: info.vaultId! };
}

function addArgs(label = LABEL, extra: string[] = []): string[] {
  return binanceAddArgs(label, API_KEY, 'portfolio-tracking', extra);
}

function expectOk(result: CliResult): void {
  expect(result.status, result.stderr).toBe(0);
}

describe('keyward init', () => {
  it('prints the recovery key alone on stdout and guidance on stderr', async () => {
    const { recoveryKey, run } = await freshVault();
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
    expect((await run(['list'])).status).toBe(0);
  });

  it('refuses a second init in the same folder and changes nothing', async () => {
    const { dir, run } = await freshVault();
    const before = await snapshot(dir);
    const again = await run(['init']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(again.stdout).toBe('');
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('adding and reading keys', () => {
  it('round-trips a key: add prints the id, get prints the secret, list/show never do', async () => {
    const { run } = await freshVault();
    const added = await run(
      addArgs(LABEL, [
        '--ip',
        '203.0.113.7',
        '--ip',
        '2001:db8::/32',
        '--service',
        'CoinTracker',
        '--account',
        'main',
        '--rotate-days',
        '60',
      ]),
      { input: `${SECRET}\n` },
    );
    expectOk(added);
    const id = added.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const get = await run(['get', LABEL]);
    expectOk(get);
    expect(get.stdout).toBe(`${SECRET}\n`);
    expect((await run(['get', id, '--field', 'apiKey', '--no-newline'])).stdout).toBe(API_KEY);

    const list = await run(['list', '--json']);
    expectOk(list);
    const keys = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0]!).sort()).toEqual(
      [
        'id',
        'label',
        'provider',
        'account',
        'useCase',
        'keyType',
        'host',
        'environment',
        'permissions',
        'extras',
        'hasPassphrase',
        'ipWhitelist',
        'service',
        'tags',
        'createdAt',
        'lastRotatedAt',
        'rotationDueAt',
      ].sort(),
    );
    expect(keys[0]).toMatchObject({
      id,
      label: LABEL,
      provider: 'binance',
      account: 'main',
      useCase: 'portfolio-tracking',
      keyType: 'hmac',
      permissions: { read: true, spotMargin: false, futures: false, withdrawals: false },
      ipWhitelist: ['203.0.113.7', '2001:db8::/32'],
      service: 'CoinTracker',
    });
    const created = new Date(keys[0]!.createdAt as string).getTime();
    expect(new Date(keys[0]!.rotationDueAt as string).getTime() - created).toBe(60 * 86_400_000);

    const show = await run(['show', 'cointracker - read only', '--json']);
    expect(JSON.parse(show.stdout)).toEqual(keys[0]);
    for (const result of [list, show, await run(['list']), await run(['show', LABEL])]) {
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.stdout + result.stderr).not.toContain(API_KEY);
    }
  });

  it('get serves the plain case without loading libsodium (the quick path), and falls back for the rest', async () => {
    const { run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    const blocked = {
      NODE_OPTIONS: `--require ${path.join(import.meta.dirname, 'test/no-libsodium.cjs')}`,
    };
    expect(await run(['get', LABEL.toLowerCase()], { env: blocked })).toMatchObject({
      status: 0,
      stdout: `${SECRET}\n`,
    });
    // Anything else needs the full CLI, which needs libsodium: blocked, it fails.
    expect((await run(['list'], { env: blocked })).status).not.toBe(0);
  });

  it('--perm overrides the use case; without it the use case row applies (custom: read only)', async () => {
    const { run } = await freshVault();
    expectOk(await run(addArgs('A', ['--perm', 'read,futures']), { input: SECRET }));
    expectOk(
      await run(
        ['add', '--label', 'B', '--provider', 'okx', '--api-key', 'K2', '--use-case', 'spot-bot'],
        { input: `${SECRET}\nOkx-Pass-1\n` },
      ),
    );
    expectOk(
      await run(['add', '--label', 'C', '--provider', 'kraken', '--api-key', 'K3'], {
        input: SECRET,
      }),
    );
    const keys = JSON.parse((await run(['list', '--json'])).stdout) as {
      label: string;
      permissions: object;
    }[];
    const perms = Object.fromEntries(keys.map((k) => [k.label, k.permissions]));
    expect(perms).toEqual({
      A: { read: true, spotMargin: false, futures: true, withdrawals: false },
      // OKX has one Trade switch: spot and futures together.
      B: { read: true, spotMargin: true, futures: true, withdrawals: false },
      C: { read: true, spotMargin: false, futures: false, withdrawals: false },
    });
  });

  it('removes a key for good with --purge', async () => {
    const { run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    const removed = await run(['remove', '--purge', LABEL]);
    expectOk(removed);
    expect(removed.stderr).toContain('Delete it at the exchange');
    expect(JSON.parse((await run(['list', '--json'])).stdout)).toEqual([]);
    // Its history outlives it, ending with the removal.
    const history = await run(['history', LABEL, '--json']);
    expectOk(history);
    expect((JSON.parse(history.stdout) as { type: string }[]).map((e) => e.type)).toEqual([
      'created',
      'removed',
    ]);
    expect((await run(['history', LABEL])).stdout).toMatch(/removed from the vault/);
  });

  it('add and remove keep the non-secret reminder schedule beside the vault current', async () => {
    const { dir, run } = await freshVault();
    const id = (await run(addArgs(), { input: SECRET })).stdout.trim();
    const schedule = await readFile(path.join(dir, 'reminder-schedule.json'), 'utf8');
    expect(schedule).toContain(id);
    expect(schedule).not.toContain(LABEL);
    expect(schedule).not.toContain(SECRET);
    expectOk(await run(['remove', id]));
    expect(await readFile(path.join(dir, 'reminder-schedule.json'), 'utf8')).not.toContain(id);
  });
});

describe('keyward exec', () => {
  it('puts the key in the environment, never on a command line, and exits with the status of the command', async () => {
    const { run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    // The command prints its environment and the command lines of itself and its parent
    // (keyward), as `ps` would show them.
    const script =
      'printf "%s\\n%s\\n" "$BINANCE_API_KEY" "$BINANCE_API_SECRET"; tr "\\0" " " < /proc/$$/cmdline; echo; tr "\\0" " " < /proc/$PPID/cmdline; exit 3';
    const result = await run(['exec', LABEL, '--', 'sh', '-c', script]);
    expect(result.status).toBe(3);
    const [key, secret, own, parent] = result.stdout.split('\n');
    expect(key).toBe(API_KEY);
    expect(secret).toBe(SECRET);
    expect(parent).toContain('keyward.cjs exec');
    for (const commandLine of [own, parent]) {
      expect(commandLine).not.toContain(SECRET);
      expect(commandLine).not.toContain(API_KEY);
    }
  });

  it('uses --prefix, and reports a missing command with status 127', async () => {
    const { run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    const result = await run([
      'exec',
      LABEL,
      '--prefix',
      'tracker',
      '--',
      'sh',
      '-c',
      'printf %s "$TRACKER_API_SECRET"',
    ]);
    expect(result).toMatchObject({ status: 0, stdout: SECRET });
    const missing = await run(['exec', LABEL, '--', 'no-such-command-keyward']);
    expect(missing.status).toBe(127);
    expect(missing.stderr).toContain('was not found');
  });
});

describe('passphrase', () => {
  it('opens only with --passphrase-stdin and the right passphrase', async () => {
    const { dir, run } = await freshVault(['--passphrase-stdin'], 'a long passphrase\n');
    expect(await keychain.get((await VaultStore.describe(dir)).vaultId!)).toBeNull();
    expectOk(
      await run([...addArgs(), '--passphrase-stdin'], { input: `a long passphrase\n${SECRET}\n` }),
    );
    expect(
      (await run(['get', LABEL, '--passphrase-stdin'], { input: 'a long passphrase\n' })).stdout,
    ).toBe(`${SECRET}\n`);

    const before = await snapshot(dir);
    const wrong = await run([...addArgs('Other'), '--passphrase-stdin'], {
      input: `wrong passphrase\n${SECRET}\n`,
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/passphrase is wrong/);
    const missing = await run(['list']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/--passphrase-stdin/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('keychain loss and recovery', () => {
  it('the vault file alone opens nothing; recover with the recovery key restores every key', async () => {
    const { dir, run, recoveryKey, vaultId } = await freshVault();
    for (const label of ['One', 'Two', 'Three'])
      expectOk(await run(addArgs(label), { input: SECRET }));
    await keychain.delete(vaultId);

    const before = await snapshot(dir);
    const locked = await run(['list']);
    expect(locked.status).toBe(3);
    expect(locked.stderr).toMatch(/keyward recover/);
    const badKey = await run(['recover'], { input: 'AAAA-BBBB\n' });
    expect(badKey.status).toBe(2);
    expect(await snapshot(dir)).toEqual(before);

    const recovered = await run(['recover'], { input: `${recoveryKey}\n` });
    expectOk(recovered);
    expect(recovered.stderr).toMatch(/3 keys/);
    const labels = (JSON.parse((await run(['list', '--json'])).stdout) as { label: string }[]).map(
      (k) => k.label,
    );
    expect(labels.sort()).toEqual(['One', 'Three', 'Two']);
  });

  it('says plainly when no Secret Service is reachable (exit 3)', async () => {
    const { dir, run } = await freshVault();
    const before = await snapshot(dir);
    const result = await run(['list'], {
      env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/keyward-bus' },
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/keychain is not reachable/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('the vault folder', () => {
  it('holds no secret, API key or label in plaintext, in any file', async () => {
    const { dir, run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    expectOk(
      await run(
        [
          'add',
          '--label',
          'Second Label Here',
          '--provider',
          'binance',
          '--api-key',
          `${API_KEY}X`,
        ],
        { input: `${SECRET}Y` },
      ),
    );
    const files = await snapshot(dir);
    expect(files.size).toBeGreaterThan(1); // the vault and its backups
    for (const [name, base64] of files) {
      const text = Buffer.from(base64, 'base64').toString('latin1');
      for (const needle of [
        SECRET,
        API_KEY,
        LABEL,
        'Second Label Here',
        API_KEY.slice(0, 16),
        SECRET.slice(-16),
      ]) {
        expect(text.includes(needle), `${needle.slice(0, 6)}… in ${name}`).toBe(false);
      }
    }
  });

  it('a changed byte is reported with exit 4 and the file is left as it was', async () => {
    const { dir, run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    const file = path.join(dir, 'vault.keyward');
    const original = await readFile(file);
    for (const position of [3, 9, 40, Math.floor(original.length / 2), original.length - 1]) {
      const changed = Buffer.from(original);
      changed[position] = changed[position]! ^ 0x10;
      await writeFile(file, changed);
      for (const args of [['list'], addArgs('New')]) {
        const result = await run(args, { input: SECRET });
        expect(result.status, `byte ${position}: ${result.stderr}`).toBe(4);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
      }
      expect((await readFile(file)).equals(changed)).toBe(true);
    }
  });
});

describe('every error path leaves the vault unchanged', () => {
  const cases: { name: string; args: string[]; input?: string; status: number; message: RegExp }[] =
    [
      { name: 'unknown command', args: ['frobnicate'], status: 2, message: /unknown command/ },
      {
        name: 'missing label',
        args: ['add', '--provider', 'binance', '--api-key', 'K'],
        input: SECRET,
        status: 2,
        message: /--label/,
      },
      {
        name: 'unknown provider',
        args: ['add', '--label', 'X', '--provider', 'mtgox', '--api-key', 'K'],
        input: SECRET,
        status: 2,
        message: /provider/,
      },
      {
        name: 'unknown use case',
        args: [...addArgs('X'), '--use-case', 'moon'],
        input: SECRET,
        status: 2,
        message: /useCase/,
      },
      {
        name: 'unknown permission',
        args: [...addArgs('X'), '--perm', 'read,teleport'],
        input: SECRET,
        status: 2,
        message: /teleport/,
      },
      {
        name: 'bad IP',
        args: [...addArgs('X'), '--ip', '999.1.1.1'],
        input: SECRET,
        status: 2,
        message: /999\.1\.1\.1/,
      },
      {
        name: 'bad rotation days',
        args: [...addArgs('X'), '--rotate-days', 'soon'],
        input: SECRET,
        status: 2,
        message: /--rotate-days/,
      },
      {
        name: 'zero rotation days',
        args: [...addArgs('X'), '--rotate-days', '0'],
        input: SECRET,
        status: 2,
        message: /at least 1 day/,
      },
      {
        name: 'label too long',
        args: addArgs('L'.repeat(101)),
        input: SECRET,
        status: 2,
        message: /100 characters/,
      },
      { name: 'blank label', args: addArgs('   '), input: SECRET, status: 2, message: /label/ },
      {
        name: 'duplicate label',
        args: addArgs(LABEL.toUpperCase()),
        input: SECRET,
        status: 2,
        message: /already exists/,
      },
      {
        name: 'no secret on stdin',
        args: addArgs('X'),
        input: '',
        status: 2,
        message: /No secret/,
      },
      {
        name: 'bad key type',
        args: [...addArgs('X'), '--key-type', 'dsa'],
        input: SECRET,
        status: 2,
        message: /keyType/,
      },
      { name: 'get unknown key', args: ['get', 'nope'], status: 5, message: /No key/ },
      {
        name: 'get bad field',
        args: ['get', LABEL, '--field', 'password'],
        status: 2,
        message: /--field/,
      },
      { name: 'show unknown key', args: ['show', 'nope'], status: 5, message: /No key/ },
      { name: 'remove unknown key', args: ['remove', 'nope'], status: 5, message: /No key/ },
      {
        name: 'exec unknown key',
        args: ['exec', 'nope', '--', 'true'],
        status: 5,
        message: /No key/,
      },
      {
        name: 'exec bad prefix',
        args: ['exec', LABEL, '--prefix', 'A-B', '--', 'true'],
        status: 2,
        message: /--prefix/,
      },
      {
        name: 'passphrase-stdin without one',
        args: ['list', '--passphrase-stdin'],
        input: '',
        status: 2,
        message: /no passphrase/,
      },
    ];

  it.each(cases)('$name', async ({ args, input, status, message }) => {
    const { dir, run } = await freshVault();
    expectOk(await run(addArgs(), { input: SECRET }));
    const before = await snapshot(dir);
    const result = await run(args, input === undefined ? {} : { input });
    expect(result.status, result.stderr).toBe(status);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe('');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a command on a folder without a vault says how to create one', async () => {
    const run = makeRunner(await tempDir(), SERVICE);
    const result = await run(['list']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/keyward init/);
  });
});
