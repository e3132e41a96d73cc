// `keyward exec`'s quick path: which forms it takes, and, through the built CLI with libsodium
// blocked (so only the quick path can answer), that it behaves as the full command does.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/test/temp-dir';
import { parseQuickExec } from './quick-exec';
import { binanceAddArgs, cliVaults, expectOk, printEnv } from './test/cli-vault';
import { BIN } from './test/run-cli';

const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const BLOCKED = {
  NODE_OPTIONS: `--require ${path.join(import.meta.dirname, 'test/no-libsodium.cjs')}`,
};

describe('parseQuickExec', () => {
  it('takes exec <ref> [--prefix NAME] -- <command...>, with or without --vault', () => {
    expect(parseQuickExec(['exec', 'Bot', '--', 'python', 'bot.py', '--live'])).toEqual({
      vault: undefined,
      ref: 'Bot',
      prefix: undefined,
      command: ['python', 'bot.py', '--live'],
    });
    expect(
      parseQuickExec(['--vault', '/v', 'exec', 'Bot', '--prefix', 'TRACKER', '--', 'x']),
    ).toEqual({ vault: '/v', ref: 'Bot', prefix: 'TRACKER', command: ['x'] });
  });

  it('leaves every other form to the full CLI', () => {
    for (const args of [
      ['exec', 'Bot', 'python'],
      ['exec', 'Bot', '--'],
      ['exec', 'Bot', '--', ''],
      ['exec', '--prefix', 'X', 'Bot', '--', 'true'],
      ['exec', 'Bot', '--prefix', 'A-B', '--', 'true'],
      ['exec', 'Bot', '--prefix', '--', 'true'],
      ['exec', 'Bot', '--env', 'A=secret', '--', 'true'],
      ['exec', 'Bot', '--preset', 'freqtrade', '--', 'true'],
      ['exec', 'Bot', '--passphrase-stdin', '--', 'true'],
      ['exec', '--', 'true'],
      ['get', 'Bot'],
      ['--vault', 'exec', 'Bot', '--', 'true'],
    ]) {
      expect(parseQuickExec(args), args.join(' ')).toBeNull();
    }
  });
});

describe('keyward exec, quick path (libsodium blocked)', () => {
  const freshVault = cliVaults('quick-exec');
  const add = (label: string) => binanceAddArgs(label, API_KEY);

  it('puts the default variables in the environment and exits with the command status', async () => {
    const { run } = await freshVault();
    expectOk(await run(add('Bot'), { input: SECRET }));
    const result = await run(['exec', 'bot', '--', ...printEnv('_API_')], { env: BLOCKED });
    expect(result).toMatchObject({ status: 0 });
    expect(JSON.parse(result.stdout)).toEqual({
      BINANCE_API_KEY: API_KEY,
      BINANCE_API_SECRET: SECRET,
    });
    const prefixed = await run(
      ['exec', 'Bot', '--prefix', 'tracker', '--', 'sh', '-c', 'printf %s "$TRACKER_API_SECRET"'],
      { env: BLOCKED },
    );
    expect(prefixed).toMatchObject({ status: 0, stdout: SECRET });
    expect((await run(['exec', 'Bot', '--', 'sh', '-c', 'exit 7'], { env: BLOCKED })).status).toBe(
      7,
    );
    const missing = await run(['exec', 'Bot', '--', 'no-such-command-keyward'], { env: BLOCKED });
    expect(missing.status).toBe(127);
    expect(missing.stderr).toContain(
      'keyward: the command "no-such-command-keyward" was not found.',
    );
    // A name with terminal control characters is printed escaped, as the full CLI does.
    const hostile = await run(['exec', 'Bot', '--', 'no-such-\u001b]0;owned\u0007'], {
      env: BLOCKED,
    });
    expect(hostile.status).toBe(127);
    expect(hostile.stderr).toContain('no-such-\\u001b]0;owned\\u0007');
    expect(hostile.stderr).not.toContain('\u001b');
    // Other forms need the full CLI, which needs libsodium: blocked, they fail.
    const other = await run(['exec', 'Bot', '--env', 'A=secret', '--', 'true'], { env: BLOCKED });
    expect(other.status).not.toBe(0);
  });

  it('runs the command once, even when it fails', async () => {
    const { run } = await freshVault();
    expectOk(await run(add('Bot'), { input: SECRET }));
    const log = path.join(await tempDir(), 'runs');
    const script = `echo ran >> "${log}"; exit 1`;
    expect((await run(['exec', 'Bot', '--', 'sh', '-c', script])).status).toBe(1);
    expect(await readFile(log, 'utf8')).toBe('ran\n');
  });

  it('leaves a key it cannot serve to the full CLI, which explains', async () => {
    const { run } = await freshVault();
    expectOk(await run(add('Bot'), { input: SECRET }));
    const unknown = await run(['exec', 'nope', '--', 'true']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('nope');
  });

  it('passes SIGTERM on to the command and ends with its status', async () => {
    const { dir, run, service } = await freshVault();
    expectOk(await run(add('Bot'), { input: SECRET }));
    const ready = path.join(await tempDir(), 'ready');
    const child = `process.on('SIGTERM', () => process.exit(42)); require('fs').writeFileSync(${JSON.stringify(ready)}, 'x'); setInterval(() => {}, 1000);`;
    const keyward = spawn(
      process.execPath,
      [BIN, 'exec', 'Bot', '--', process.execPath, '-e', child],
      {
        env: {
          ...process.env,
          ...BLOCKED,
          KEYWARD_VAULT_DIR: dir,
          KEYWARD_KEYCHAIN_SERVICE: service,
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) => keyward.on('exit', resolve));
    for (let i = 0; i < 200; i++) {
      if (await readFile(ready, 'utf8').catch(() => '')) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    keyward.kill('SIGTERM');
    expect(await exited).toBe(42);
  });
});
