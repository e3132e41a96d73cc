// Issue 10: every invalid credential input exits 2 and leaves the vault byte-identical; the API
// passphrase never reaches the vault folder in plaintext, any --json output or any command line
// (/proc/*/cmdline while `exec`'s child runs); rotation and set-api-passphrase carry it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliVaults, expectOk } from './test/cli-vault';
import { addCommand, OKX_PASSPHRASE, sampleKeys } from './test/sample-credentials';
import { snapshot } from './test/vault-snapshot';

const freshVault = cliVaults('credential-refusals');
const okx = sampleKeys().find((k) => k.provider === 'okx')!;
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

const add = (provider: string, extra: string[]) => [
  'add',
  '--label',
  'New',
  '--provider',
  provider,
  ...extra,
];

describe('invalid credentials exit 2 and change nothing', () => {
  const cases: { name: string; args: string[]; input: string; message: RegExp }[] = [
    {
      name: 'OKX without a passphrase',
      args: add('okx', ['--api-key-stdin']),
      input: `${okx.apiKey}\n${okx.secret}\n`,
      message: /chose it when you created the key on OKX.*cannot recover it/,
    },
    {
      name: 'a Coinbase key name of the wrong shape',
      args: add('coinbase', ['--api-key', 'abc123']),
      input: 'secret',
      message: /organizations\/\{org_id\}\/apiKeys\/\{key_id\}/,
    },
    {
      name: 'a Coinbase key name of the wrong shape, on stdin',
      args: add('coinbase', ['--api-key-stdin']),
      input: 'organizations/x/keys/y\nsecret',
      message: /organizations\/\{org_id\}\/apiKeys\/\{key_id\}/,
    },
    {
      name: 'a host not on the exchange list',
      args: add('okx', ['--api-key', 'K', '--host', 'www.okx.cab']),
      input: 'secret\npass\n',
      message: /www\.okx\.com, eea\.okx\.com, us\.okx\.com, not "www\.okx\.cab"/,
    },
    {
      name: 'a live host for a testnet key',
      args: add('binance', [
        '--api-key',
        'K',
        '--environment',
        'testnet',
        '--host',
        'api.binance.com',
      ]),
      input: 'secret',
      message: /testnet\.binance\.vision/,
    },
    {
      name: 'an environment the exchange does not offer',
      args: add('kraken', ['--api-key', 'K', '--environment', 'testnet']),
      input: 'secret',
      message: /kraken offers live, not testnet/,
    },
    {
      name: 'an unknown extra',
      args: add('binance', ['--api-key', 'K', '--extra', 'teleport']),
      input: 'secret',
      message: /"teleport" is not a binance permission/,
    },
    {
      name: 'an extra of another exchange',
      args: add('binance', ['--api-key', 'K', '--extra', 'Earn.Earn']),
      input: 'secret',
      message: /"Earn\.Earn" is not a binance permission/,
    },
    {
      name: 'an extra on an exchange without extras',
      args: add('okx', ['--api-key', 'K', '--extra', 'margin']),
      input: 'secret\npass\n',
      message: /okx keys have no other permissions/,
    },
    {
      name: 'a key type the exchange does not issue',
      args: add('bybit', ['--api-key', 'K', '--key-type', 'ed25519']),
      input: 'secret',
      message: /bybit key is hmac or rsa/,
    },
    {
      name: '--with-passphrase for an exchange without one',
      args: add('binance', ['--api-key', 'K', '--with-passphrase']),
      input: 'secret\npass\n',
      message: /binance keys have no API passphrase/,
    },
    {
      name: 'both --api-key and --api-key-stdin',
      args: add('binance', ['--api-key', 'K', '--api-key-stdin']),
      input: 'K\nsecret',
      message: /not both/,
    },
    {
      name: 'no API key at all',
      args: add('binance', []),
      input: 'secret',
      message: /--api-key-stdin/,
    },
    {
      name: 'an empty API key line',
      args: add('binance', ['--api-key-stdin']),
      input: '\nsecret',
      message: /API key line on stdin is empty/,
    },
    {
      name: 'lines after the API passphrase',
      args: add('okx', ['--api-key', 'K']),
      input: '-----BEGIN\nPEM\nMORE\n',
      message: /more lines than expected/,
    },
    {
      name: 'exec --env with an unknown field',
      args: ['exec', 'Base', '--env', 'X=password', '--', 'true'],
      input: '',
      message: /--env takes VAR=FIELD/,
    },
    {
      name: 'exec --preset unknown',
      args: ['exec', 'Base', '--preset', 'hummingbot', '--', 'true'],
      input: '',
      message: /Unknown --preset "hummingbot": use freqtrade/,
    },
    {
      name: 'exec --prefix with --env',
      args: ['exec', 'Base', '--prefix', 'X', '--env', 'A=secret', '--', 'true'],
      input: '',
      message: /--prefix names the default/,
    },
    {
      name: 'get --field of no such field',
      args: ['get', 'Base', '--field', 'password'],
      input: '',
      message: /--field is secret, apiKey, passphrase/,
    },
    {
      name: 'rotate new of an OKX key without the new passphrase',
      args: ['rotate', okx.label, 'new', '--api-key-stdin'],
      input: `new-okx-api-key\nNEW0123456789ABCDEF0123456789ABC\n`,
      message: /chose it when you created the key on OKX/,
    },
    {
      name: 'set-api-passphrase on a Binance key',
      args: ['set-api-passphrase', 'Base'],
      input: 'pass\n',
      message: /binance keys have no API passphrase/,
    },
  ];

  it.each(cases)(
    '$name',
    async ({ args, input, message }) => {
      const { dir, run } = await freshVault();
      expectOk(
        await run(['add', '--label', 'Base', '--provider', 'binance', '--api-key', 'BASEKEY'], {
          input: SECRET,
        }),
      );
      expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
      expectOk(await run(['rotate', okx.label, 'start']));
      const before = await snapshot(dir);
      const result = await run(args, { input });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(await snapshot(dir)).toEqual(before);
    },
    120_000,
  );
});

describe('the API passphrase stays secret', () => {
  it('is in no file of the vault folder in plaintext and in no --json output', async () => {
    const { dir, run } = await freshVault();
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    const walk = async (folder: string): Promise<string[]> =>
      (await readdir(folder, { withFileTypes: true })).flatMap((e) =>
        e.isDirectory() ? [] : [path.join(folder, e.name)],
      );
    const files = [...(await walk(dir)), ...(await walk(path.join(dir, 'backups')))];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const bytes = await readFile(file);
      expect(bytes.includes(Buffer.from(OKX_PASSPHRASE)), file).toBe(false);
      expect(bytes.includes(Buffer.from(OKX_PASSPHRASE, 'utf16le')), file).toBe(false);
      expect(bytes.toString('latin1'), file).not.toContain(
        Buffer.from(OKX_PASSPHRASE).toString('base64'),
      );
    }
    for (const args of [
      ['list', '--json'],
      ['show', okx.label, '--json'],
      ['audit', '--json'],
      ['history', okx.label, '--json'],
    ]) {
      const result = await run(args);
      expect(result.stdout + result.stderr, args.join(' ')).not.toContain(OKX_PASSPHRASE);
    }
  }, 120_000);

  it("is on no command line while exec's child runs, only in the child's environment", async () => {
    const { run } = await freshVault();
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    const child = `require('fs').writeFileSync(process.env.MARK, String(process.pid)); setTimeout(() => {}, 4000)`;
    const mark = path.join(
      await (await import('node:fs/promises')).mkdtemp('/tmp/kw-mark-'),
      'pid',
    );
    const running = run(['exec', okx.label, '--', process.execPath, '-e', child], {
      env: { MARK: mark },
    });
    let pid = '';
    for (let i = 0; i < 200 && pid === ''; i++) {
      pid = await readFile(mark, 'utf8').catch(() => '');
      if (pid === '') await new Promise((r) => setTimeout(r, 50));
    }
    expect(pid).not.toBe('');
    // The child holds it in its environment (so the scan below looks where it would be)...
    const environ = await readFile(`/proc/${pid}/environ`, 'utf8');
    expect(environ).toContain(`OKX_API_PASSPHRASE=${OKX_PASSPHRASE}`);
    // ...and no process's command line has it.
    const lines: string[] = [];
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      lines.push(await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => ''));
    }
    expect(lines.some((l) => l.includes(process.execPath))).toBe(true);
    expect(lines.filter((l) => l.includes(OKX_PASSPHRASE))).toEqual([]);
    expectOk(await running);
  }, 120_000);
});

describe('rotation and set-api-passphrase carry the passphrase', () => {
  it('rotate new reads [API key] secret passphrase from stdin; finish makes them current', async () => {
    const { run } = await freshVault();
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    expectOk(await run(['rotate', okx.label, 'start']));
    const newKey = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
    expectOk(
      await run(['rotate', okx.label, 'new', '--api-key-stdin'], {
        input: `${newKey}\nFEDCBA9876543210FEDCBA9876543210\nNew-Okx-Pass-2\n`,
      }),
    );
    // Until the rotation finishes, the current key keeps its own passphrase.
    expect((await run(['get', okx.label, '--field', 'passphrase', '-n'])).stdout).toBe(
      OKX_PASSPHRASE,
    );
    for (const step of ['service-updated', 'confirmed-working']) {
      expectOk(await run(['rotate', okx.label, 'step', step]));
    }
    expectOk(await run(['rotate', okx.label, 'finish']));
    expect((await run(['get', okx.label, '--field', 'passphrase', '-n'])).stdout).toBe(
      'New-Okx-Pass-2',
    );
    expect((await run(['get', okx.label, '--field', 'apiKey', '-n'])).stdout).toBe(newKey);
  }, 180_000);

  it('set-api-passphrase records one from stdin and never prints it', async () => {
    const { run } = await freshVault();
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    const set = expectOk(
      await run(['set-api-passphrase', okx.label], { input: 'Changed-Pass-3\n' }),
    );
    expect(set.stdout + set.stderr).not.toContain('Changed-Pass-3');
    expect((await run(['get', okx.label, '--field', 'passphrase', '-n'])).stdout).toBe(
      'Changed-Pass-3',
    );
  }, 120_000);
});
