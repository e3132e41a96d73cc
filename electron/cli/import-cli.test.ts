// `keyward import` end to end: dry run, real import with unique labels and hosts, duplicates
// and OKX without passphrase skipped with a reason, exit 2 (and nothing added) when nothing is
// importable, --json, the closing advice; the source file is never changed and no output
// holds any part of a secret.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskApiKey } from '../../shared/domain/key-summary';
import { keytarKeychain } from '../core/vault/keychain';
import { VaultStore } from '../core/vault/vault-store';
import { tempDir } from '../core/test/temp-dir';
import { buildCli, makeRunner, type CliResult } from './test/run-cli';
import { snapshot } from './test/vault-snapshot';

const SERVICE = `Keyward-test-import-${process.pid}`;
const keychain = keytarKeychain(SERVICE);
const vaultIds: string[] = [];

const K1 = 'Bq3wEr5tYu7iOp9aSd1fGh3jKl5zXc7vBn9mQw2eRt4yUi6oPa8sDf0gHj2kLz4x';
const S1 = 'Zq1xWc3eVr5tBy7uNi9mOp2aSd4fGh6jKl8zXc0vBn1mQw3eRt5yUi7oPa9sDf2g';
const K2 = 'Mn8bVc6xZl4kJh2gFd0sAp9oIu7yTr5eWq3zXc1vBn8mQw6eRt4yUi2oPa0sDf8g';
const S2 = 'Lk7jHg5fDs3aPo1iUy9tRe7wQz5xCv3bNm1qWe9rTy7uIo5pAs3dFg1hJk9lZx7c';
const OKX_KEY = 'f4c1a2b3-9d8e-4f7a-8b6c-5d4e3f2a1b0c';
const OKX_SECRET = 'A1B2C3D4E5F60718293A4B5C6D7E8F90';
const SECRETS = [S1, S2, OKX_SECRET, 'Okx-Passphrase-9'];

beforeAll(buildCli, 60_000);
afterAll(async () => {
  for (const id of vaultIds) await keychain.delete(id).catch(() => false);
});

async function vault() {
  const dir = await tempDir();
  const run = makeRunner(dir, SERVICE);
  expect((await run(['init'])).status).toBe(0);
  vaultIds.push((await VaultStore.describe(dir)).vaultId!);
  return { dir, run };
}

function expectNoSecret(r: CliResult): void {
  const text = r.stdout + r.stderr;
  for (const s of SECRETS) {
    for (let i = 0; i + 8 <= s.length; i += 4) expect(text).not.toContain(s.slice(i, i + 8));
  }
}

describe('keyward import', () => {
  it('imports a .env: dry run first, then unique labels, hosts, and the advice', async () => {
    const { dir, run } = await vault();
    const src = path.join(await tempDir(), 'bot.env');
    const text = [
      `BINANCEUS_API_KEY=${K1}`,
      `BINANCEUS_API_SECRET=${S1}`,
      `BINANCE_API_KEY=${K2}`,
      `BINANCE_SECRET_KEY=${S2}`,
      `OKX_API_KEY=${OKX_KEY}`,
      `OKX_API_SECRET=${OKX_SECRET}`,
      'OKX_API_PASSPHRASE=Okx-Passphrase-9',
    ].join('\n');
    await writeFile(src, text);

    const before = await snapshot(dir);
    const dry = await run(['import', src, '--dry-run', '--label-prefix', 'Old ']);
    expectNoSecret(dry);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout.trim().split('\n')).toEqual([
      `Old Binance - bot.env  binance  ${maskApiKey(K1)}`,
      `Old Binance - bot.env (2)  binance  ${maskApiKey(K2)}`,
      `Old OKX - bot.env  okx  ${maskApiKey(OKX_KEY)}`,
    ]);
    expect(dry.stderr).toMatch(/Dry run \(env\): 3 keys would be imported; nothing was changed/);
    expect(await snapshot(dir)).toEqual(before);

    const real = await run(['import', src, '--json']);
    expectNoSecret(real);
    expect(real.status, real.stderr).toBe(0);
    const out = JSON.parse(real.stdout) as {
      imported: { id: string; label: string; provider: string }[];
      skipped: unknown[];
    };
    expect(out.imported.map((k) => [k.label, k.provider])).toEqual([
      ['Binance - bot.env', 'binance'],
      ['Binance - bot.env (2)', 'binance'],
      ['OKX - bot.env', 'okx'],
    ]);
    expect(out.skipped).toEqual([]);
    // Read the records themselves (list/show gain host and hasPassphrase with issue 10's CLI).
    const store = await VaultStore.open(dir, { keychain });
    const records = (await store.read()).keys;
    store.close();
    expect(
      records.map((k) => [k.label, k.host, k.useCase, k.permissions.spotMargin, k.passphrase]),
    ).toEqual([
      ['Binance - bot.env', 'api.binance.us', 'custom', false, undefined],
      ['Binance - bot.env (2)', 'api.binance.com', 'custom', false, undefined],
      ['OKX - bot.env', 'www.okx.com', 'custom', false, 'Okx-Passphrase-9'],
    ]);
    expect(await readFile(src, 'utf8')).toBe(text);

    // Again: every key is already there; nothing importable is exit 2, nothing added.
    const again = await run(['import', src]);
    expectNoSecret(again);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(
      'Skipped "Binance - bot.env": its API key is already in the vault as "Binance - bot.env"',
    );
    expect(again.stderr).toMatch(/nothing was added/);
  });

  it('imports a freqtrade config with the closing advice; skips OKX without passphrase', async () => {
    const { run } = await vault();
    const folder = await tempDir();
    const config = path.join(folder, 'config.json');
    await writeFile(
      config,
      `// my bot\n{ "exchange": { "name": "binance", "key": "${K1}", "secret": "${S1}" } }\n`,
    );
    const r = await run(['import', config, '--use-case', 'spot-bot']);
    expectNoSecret(r);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f-]{36} {2}Binance - config\.json {2}binance\n$/);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `${config} still holds these secrets in plain text: delete it and start the program with 'keyward exec' (for freqtrade: 'keyward exec <key> --preset freqtrade -- freqtrade trade'), and rotate the keys if the file was ever shared, synced or committed.`,
    );

    const ccxt = path.join(folder, 'keys.json');
    await writeFile(
      ccxt,
      JSON.stringify({
        okx: { apiKey: OKX_KEY, secret: OKX_SECRET },
        kraken: { apiKey: K2, secret: S2 },
      }),
    );
    const mixed = await run(['import', ccxt, '--json']);
    expectNoSecret(mixed);
    expect(mixed.status).toBe(0);
    const out = JSON.parse(mixed.stdout) as {
      imported: { label: string }[];
      skipped: { label: string; reason: string }[];
    };
    expect(out.imported.map((k) => k.label)).toEqual(['Kraken - keys.json']);
    expect(out.skipped).toHaveLength(1);
    expect(out.skipped[0]!.label).toBe('OKX - keys.json');
    expect(out.skipped[0]!.reason).toMatch(/no API passphrase/);
  });

  it('exits 2 and adds nothing for an unrecognised or malformed file', async () => {
    const { dir, run } = await vault();
    const folder = await tempDir();
    const before = await snapshot(dir);
    const junk = path.join(folder, 'notes.txt');
    await writeFile(junk, 'shopping list\n');
    const r = await run(['import', junk]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not recognised: give it with --format/);
    const broken = path.join(folder, 'config.json');
    await writeFile(broken, '{ "exchange": { "name": "binance", ');
    const b = await run(['import', broken, '--format', 'freqtrade']);
    expect(b.status).toBe(2);
    expect((await run(['import', path.join(folder, 'missing.env')])).status).toBe(2);
    expect((await run(['import', junk, '--format', 'yaml'])).status).toBe(2);
    expect(await snapshot(dir)).toEqual(before);
  });
});
