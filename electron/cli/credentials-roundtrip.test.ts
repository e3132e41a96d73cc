// Issue 10: each exchange's key, as the exchange issues it, round-trips through the built CLI:
// add (API key on stdin) -> list/show --json -> get -> exec, with the API passphrase where the
// exchange has one, and exec's --env and --preset.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliVaults, expectOk, printEnv } from './test/cli-vault';
import { addCommand, OKX_PASSPHRASE, sampleKeys } from './test/sample-credentials';

const freshVault = cliVaults('credentials');

describe('every exchange round-trips add -> list/show -> get -> exec', () => {
  it('stores what each exchange issues and hands it back exactly', async () => {
    const { run } = await freshVault();
    const samples = sampleKeys();
    for (const key of samples) {
      const { args, input } = addCommand(key);
      const added = expectOk(await run(args, { input }));
      expect(added.stdout.trim(), key.label).toMatch(/^[0-9a-f-]{36}$/);
    }
    const list = expectOk(await run(['list', '--json']));
    const listed = JSON.parse(list.stdout) as Record<string, unknown>[];
    for (const key of samples) {
      const row = listed.find((k) => k.label === key.label)!;
      expect(row, key.label).toMatchObject({ provider: key.provider, ...key.expected });
      const show = expectOk(await run(['show', key.label, '--json']));
      expect(JSON.parse(show.stdout)).toEqual(row);

      const get = (field: string) => run(['get', key.label, '--field', field, '-n']);
      expect((await get('apiKey')).stdout, key.label).toBe(key.apiKey);
      expect((await get('secret')).stdout, key.label).toBe(key.secret.trim());
      const passphrase = await get('passphrase');
      if (key.passphrase !== undefined) expect(passphrase.stdout).toBe(key.passphrase);
      else expect([passphrase.status, passphrase.stdout]).toEqual([5, '']);

      const exec = expectOk(await run(['exec', key.label, '--', ...printEnv('_API_')]));
      const env = JSON.parse(exec.stdout) as Record<string, string>;
      expect(env, key.label).toEqual({
        [`${key.prefix}_API_KEY`]: key.apiKey,
        [`${key.prefix}_API_SECRET`]: key.secret.trim(),
        ...(key.passphrase !== undefined && { [`${key.prefix}_API_PASSPHRASE`]: key.passphrase }),
      });
    }
    // A testnet or demo key is marked in the table; a live one is not.
    const table = expectOk(await run(['list'])).stdout;
    expect(table).toMatch(/binance \(testnet\)/);
    expect(table).toMatch(/other \(demo\)/);
    expect(table).not.toMatch(/okx \(/);
  }, 300_000);

  it('show says whether there is a passphrase and the exchange names, never the value', async () => {
    const { run } = await freshVault();
    const okx = sampleKeys().find((k) => k.provider === 'okx')!;
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    const show = expectOk(await run(['show', okx.label]));
    expect(show.stdout).toMatch(/Host\s+eea\.okx\.com/);
    expect(show.stdout).toMatch(/API passphrase\s+recorded/);
    expect(show.stdout).toMatch(/Permissions\s+Read, Trade\n/);
    expect(show.stdout + show.stderr).not.toContain(OKX_PASSPHRASE);
  });
});

describe('exec --env and --preset', () => {
  it('--env VAR=FIELD sets exactly the variables asked for', async () => {
    const { run } = await freshVault();
    const okx = sampleKeys().find((k) => k.provider === 'okx')!;
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    const exec = expectOk(
      await run([
        'exec',
        okx.label,
        '--env',
        'MY_KEY=apiKey',
        '--env',
        'MY_PASS=passphrase',
        '--',
        ...printEnv('^MY_|_API_'),
      ]),
    );
    expect(JSON.parse(exec.stdout)).toEqual({ MY_KEY: okx.apiKey, MY_PASS: OKX_PASSPHRASE });
  });

  it('--preset freqtrade sets freqtrade overrides, with PASSWORD only for a key that has one', async () => {
    const { run } = await freshVault();
    const [binance, okx] = ['binance', 'okx'].map((p) =>
      sampleKeys().find((k) => k.provider === p)!,
    );
    for (const key of [binance!, okx!]) {
      expectOk(await run(addCommand(key).args, { input: addCommand(key).input }));
    }
    const freqtrade = async (label: string) =>
      JSON.parse(
        expectOk(
          await run(['exec', label, '--preset', 'freqtrade', '--', ...printEnv('FREQTRADE|_API_')]),
        ).stdout,
      ) as Record<string, string>;
    expect(await freqtrade(okx!.label)).toEqual({
      FREQTRADE__EXCHANGE__KEY: okx!.apiKey,
      FREQTRADE__EXCHANGE__SECRET: okx!.secret,
      FREQTRADE__EXCHANGE__PASSWORD: OKX_PASSPHRASE,
    });
    expect(await freqtrade(binance!.label)).toEqual({
      FREQTRADE__EXCHANGE__KEY: binance!.apiKey,
      FREQTRADE__EXCHANGE__SECRET: binance!.secret,
    });
  });
});

describe("get's quick path", () => {
  it('serves the API passphrase without loading libsodium', async () => {
    const { run } = await freshVault();
    const okx = sampleKeys().find((k) => k.provider === 'okx')!;
    expectOk(await run(addCommand(okx).args, { input: addCommand(okx).input }));
    const blocked = {
      NODE_OPTIONS: `--require ${path.join(import.meta.dirname, 'test/no-libsodium.cjs')}`,
    };
    expect(await run(['get', okx.label, '--field', 'passphrase'], { env: blocked })).toMatchObject({
      status: 0,
      stdout: `${OKX_PASSPHRASE}\n`,
    });
  });
});
