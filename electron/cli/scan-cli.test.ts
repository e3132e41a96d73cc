// `keyward scan` end to end (the built CLI, worker threads, a real vault): one line per hit,
// --json, exit 1/0, each copy a plaintext-copy finding that a later scan of the same place
// clears, and no output holding any part of a value.
import { execFileSync } from 'node:child_process';
import { mkdir, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keytarKeychain } from '../core/vault/keychain';
import { VaultStore } from '../core/vault/vault-store';
import { tempDir } from '../core/test/temp-dir';
import { binanceAddArgs } from './test/cli-vault';
import { buildCli, makeRunner, type CliResult } from './test/run-cli';

const SERVICE = `Keyward-test-scan-${process.pid}`;
const keychain = keytarKeychain(SERVICE);
const vaultIds: string[] = [];

const API_KEY = 'kq7TXnHb3WvLr2mPzc8YdA4sF6uJ0eGiN1oQhRtVwXyZaB5cDfEgHjKlMnOpQrSt';
const SECRET = 'Zx9Cv8Bn7Mq6Wt5Ey4Ru3Ti2Yo1Pa0SdFgHjKlQwErTyUiOpAsDfGhJkLzXcVbNm';
const OTHER_SECRET = 'Pl0Ok9Ij8Uh7Yg6Tf5Rd4Es3Wa2Qz1XcVbNmAsDfGhJkLqWeRtYuIoPzXcVbNm1';
const LABEL = 'Grid Bot - Trading';
const anyId: unknown = expect.any(String);

beforeAll(buildCli, 60_000);
afterAll(async () => {
  for (const id of vaultIds) await keychain.delete(id).catch(() => false);
});

async function vaultWithKeys() {
  const dir = await tempDir();
  const run = makeRunner(dir, SERVICE);
  expect((await run(['init'])).status).toBe(0);
  vaultIds.push((await VaultStore.describe(dir)).vaultId!);
  const add = (label: string, apiKey: string, secret: string) =>
    run(binanceAddArgs(label, apiKey), { input: secret });
  expect((await add(LABEL, API_KEY, SECRET)).status).toBe(0);
  expect((await add('Other - Read Only', 'A'.repeat(64), OTHER_SECRET)).status).toBe(0);
  return { dir, run };
}

/** No stored value, nor any 8-character piece of one, appears in the text. */
function expectNoValue(text: string): void {
  for (const value of [API_KEY, SECRET, OTHER_SECRET]) {
    for (let i = 0; i + 8 <= value.length; i += 4) {
      expect(text.includes(value.slice(i, i + 8)), `part of a value at ${i}`).toBe(false);
    }
  }
}

const expectAllClean = (r: CliResult) => expectNoValue(r.stdout + r.stderr);

describe('keyward scan', () => {
  it('prints one line per hit, exits 1, and records findings a later scan clears', async () => {
    const { run } = await vaultWithKeys();
    const tree = await realpath(await tempDir());
    const elsewhere = await realpath(await tempDir());
    await mkdir(path.join(tree, 'bot'));
    await writeFile(path.join(tree, 'bot/.env'), `X=1\nBINANCE_API_SECRET=${SECRET}\n`);
    await writeFile(path.join(tree, 'bot/config.json'), `{"key": "${API_KEY}"}`);
    await writeFile(path.join(elsewhere, 'notes.txt'), 'nothing here\n');

    const found = await run(['scan', tree]);
    expectAllClean(found);
    expect(found.status, found.stderr).toBe(1);
    expect(found.stdout.trim().split('\n')).toEqual([
      `${tree}/bot/.env:2  ${LABEL}  secret`,
      `${tree}/bot/config.json:1  ${LABEL}  apiKey`,
    ]);
    expect(found.stderr).toMatch(/Scanned 2 files .*: 2 plaintext copies found/);

    const audit = await run(['audit', '--json']);
    expectAllClean(audit);
    const copies = (JSON.parse(audit.stdout) as { rule: string; severity: string }[]).filter(
      (f) => f.rule === 'plaintext-copy',
    );
    expect(copies.map((f) => f.severity).sort()).toEqual(['high', 'medium']);

    // A scan of other folders clears nothing.
    const other = await run(['scan', elsewhere]);
    expect(other.status).toBe(0);
    expect(other.stdout).toBe('');
    const still = JSON.parse((await run(['audit', '--json'])).stdout) as { rule: string }[];
    expect(still.filter((f) => f.rule === 'plaintext-copy')).toHaveLength(2);

    // The same folder without the copies clears them.
    await rm(path.join(tree, 'bot/.env'));
    await writeFile(path.join(tree, 'bot/config.json'), '{}');
    const clean = await run(['scan', tree]);
    expect(clean.status).toBe(0);
    const after = JSON.parse((await run(['audit', '--json'])).stdout) as { rule: string }[];
    expect(after.filter((f) => f.rule === 'plaintext-copy')).toEqual([]);
  });

  it('--json lists file, history and git hits; never a value', async () => {
    const { run } = await vaultWithKeys();
    const home = await realpath(await tempDir());
    await writeFile(path.join(home, '.zsh_history'), `: 1:0;export S=${OTHER_SECRET}\n`);
    const repo = path.join(home, 'repo');
    await mkdir(repo);
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e.x',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e.x',
        },
      })
        .toString()
        .trim();
    git('init', '-q');
    await writeFile(path.join(repo, 'secret.yaml'), `secret: ${SECRET}\n`);
    git('add', '.');
    git('commit', '-qm', 'oops');
    const commit = git('rev-parse', 'HEAD');
    git('rm', '-q', 'secret.yaml');
    git('commit', '-qm', 'remove');

    const r = await run(['scan', '--history', '--git', '--json', home], { env: { HOME: home } });
    expectAllClean(r);
    expect(r.status, r.stderr).toBe(1);
    const hits = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(hits).toEqual([
      {
        path: path.join(home, '.zsh_history'),
        line: 1,
        keyId: anyId,
        label: 'Other - Read Only',
        field: 'secret',
        source: 'history',
      },
      {
        path: path.join(repo, 'secret.yaml'),
        line: 1,
        keyId: anyId,
        label: LABEL,
        field: 'secret',
        source: 'git',
        repo,
        commit,
      },
    ]);
    const audit = JSON.parse((await run(['audit', '--json'])).stdout) as {
      rule: string;
      severity: string;
      message: string;
    }[];
    const gitFinding = audit.find((f) => f.rule === 'plaintext-copy' && f.message.includes('git'));
    expect(gitFinding?.severity).toBe('critical');
  });

  it('exits 0 with nothing found, and says once that short values are not searched', async () => {
    const { run } = await vaultWithKeys();
    const short = ['add', '--label', 'Short', '--provider', 'kraken', '--api-key'];
    const added = await run([...short, 'B'.repeat(40), '--use-case', 'tax-reports'], {
      input: 'tooshort123',
    });
    expect(added.status, added.stderr).toBe(0);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.txt'), 'no keys, tooshort123\n');
    const r = await run(['scan', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no plaintext copy found/);
    expect(r.stderr.match(/shorter than 12 characters/g)).toEqual(['shorter than 12 characters']);
    expect(r.stderr).toContain('1 stored value is shorter than 12 characters');
    const missing = await run(['scan', path.join(dir, 'no-such-folder')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/No file or folder .*no-such-folder/);
  });
});
