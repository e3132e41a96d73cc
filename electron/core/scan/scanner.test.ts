// The scan finds each stored value in every context and form, and nothing else.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { CHUNK_BYTES } from './scan-file';
import { scanForCopies, type ScanOptions } from './scanner';
import { madeUpKey, madeUpPem } from './test-keys';

const scan = (o: Partial<ScanOptions> & Pick<ScanOptions, 'keys' | 'paths'>) =>
  scanForCopies({ home: '/nonexistent-home', workers: 0, ...o });

const places = (r: Awaited<ReturnType<typeof scan>>, root: string) =>
  r.hits.map((h) => `${path.relative(root, h.path)}:${h.line} ${h.keyId} ${h.field} ${h.source}`);

describe('scanForCopies', () => {
  it('finds a value in every context a file can hold it, and nothing else', async () => {
    const dir = await tempDir();
    const k = madeUpKey(1);
    const other = madeUpKey(2); // not stored: never reported
    const contexts: Record<string, string> = {
      'quoted.txt': `x\nname = "${k.secret}"\n`,
      'after-equals.env': `BINANCE_API_KEY=${k.apiKey}\n`,
      'after-colon.txt': `secret:${k.secret}\n`,
      'inside.json': JSON.stringify({ exchange: { key: k.apiKey } }, null, 2),
      'config.yaml': `exchange:\n  name: binance\n  secret: ${k.secret}\n`,
      'url.txt': `curl 'https://api.example/x?apiKey=${k.apiKey}&s=1'\n`,
      'long-line.txt': `${'word '.repeat(50)}${k.secret}${' word'.repeat(50)}\n`,
      'clean.txt': `${other.apiKey} ${other.secret} ${k.secret.slice(0, -1)}\n`,
    };
    for (const [name, text] of Object.entries(contexts)) {
      await fs.writeFile(path.join(dir, name), text);
    }
    const r = await scan({ keys: [k], paths: [dir] });
    expect(places(r, dir).sort()).toEqual(
      [
        'after-colon.txt:1 key-1 secret file',
        'after-equals.env:1 key-1 apiKey file',
        'config.yaml:3 key-1 secret file',
        'inside.json:3 key-1 apiKey file',
        'long-line.txt:1 key-1 secret file',
        'quoted.txt:2 key-1 secret file',
        'url.txt:1 key-1 apiKey file',
      ].sort(),
    );
    expect(r.stats.files).toBe(8);
  });

  it('finds the JSON-escaped, percent-encoded and base64-body forms', async () => {
    const dir = await tempDir();
    const pem = madeUpPem();
    const k = madeUpKey(3, { secret: pem, passphrase: 'pass/with+special chars!' });
    const body = pem.split('\n').slice(1, -2).join('');
    await fs.writeFile(path.join(dir, 'escaped.json'), JSON.stringify({ secret: pem }));
    await fs.writeFile(path.join(dir, 'pem.txt'), `key:\n${pem}`);
    await fs.writeFile(path.join(dir, 'body.env'), `PRIVATE_KEY=${body}\n`);
    await fs.writeFile(
      path.join(dir, 'query.txt'),
      `https://x.example/?pp=${encodeURIComponent(k.passphrase!)}\n`,
    );
    await fs.writeFile(
      path.join(dir, 'form.txt'),
      `pp=${encodeURIComponent(k.passphrase!).replace(/%20/g, '+')}\n`,
    );
    const r = await scan({ keys: [k], paths: [dir] });
    expect(places(r, dir).sort()).toEqual(
      [
        'body.env:1 key-3 secret file',
        'escaped.json:1 key-3 secret file',
        'form.txt:1 key-3 passphrase file',
        'pem.txt:3 key-3 secret file',
        'query.txt:1 key-3 passphrase file',
      ].sort(),
    );
  });

  it('does not search values shorter than 12 characters, and counts them', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'a.txt'), 'short-pass\n');
    const k = madeUpKey(4, { passphrase: 'short-pass' });
    const r = await scan({ keys: [k], paths: [dir] });
    expect(r.hits).toEqual([]);
    expect(r.tooShort).toBe(1);
  });

  it('finds a value cut by a chunk boundary, with its line', async () => {
    const dir = await tempDir();
    const k = madeUpKey(5);
    const lines = 'x'.repeat(99) + '\n';
    const head = lines.repeat(Math.floor(CHUNK_BYTES / 100)).slice(0, CHUNK_BYTES - 10);
    const newlines = head.split('\n').length - 1;
    await fs.writeFile(
      path.join(dir, 'big.log'),
      `${head}${k.secret}\n${lines.repeat(20000)}${k.apiKey}\n`,
    );
    const r = await scan({ keys: [k], paths: [dir] });
    expect(places(r, dir)).toEqual([
      `big.log:${newlines + 1} key-5 secret file`,
      `big.log:${newlines + 2 + 20000} key-5 apiKey file`,
    ]);
  });

  it('skips node_modules, caches, the vault folder and big binaries; never follows symlinks', async () => {
    const dir = await tempDir();
    const outside = await tempDir();
    const k = madeUpKey(6);
    for (const sub of ['node_modules/x', '.cache', 'vault', 'real']) {
      await fs.mkdir(path.join(dir, sub), { recursive: true });
    }
    await fs.writeFile(path.join(dir, 'node_modules/x/a.js'), k.secret);
    await fs.writeFile(path.join(dir, '.cache/a'), k.secret);
    await fs.writeFile(path.join(dir, 'vault/a'), k.secret);
    await fs.writeFile(path.join(outside, 'a'), k.secret);
    await fs.writeFile(path.join(dir, 'real/a'), k.secret);
    await fs.symlink(outside, path.join(dir, 'out-link'));
    await fs.symlink(dir, path.join(dir, 'real/loop')); // a loop back to the top
    await fs.symlink(path.join(dir, 'real/a'), path.join(dir, 'file-link'));
    const big = Buffer.alloc(33 * 1024 * 1024, 0x41);
    big[10] = 0;
    Buffer.from(k.secret).copy(big, 1000);
    await fs.writeFile(path.join(dir, 'big.bin'), big);
    const small = Buffer.from(`\u0000\u0001${k.apiKey}\u0000`);
    await fs.writeFile(path.join(dir, 'small.bin'), small);
    const r = await scan({ keys: [k], paths: [dir], exclude: [path.join(dir, 'vault')] });
    expect(places(r, dir).sort()).toEqual([
      'real/a:1 key-6 secret file',
      'small.bin:1 key-6 apiKey file',
    ]);
    expect(r.stats.symlinks).toBe(3);
    expect(r.stats.skippedDirs).toBe(3);
    expect(r.stats.binarySkipped).toBe(1);
  });

  it('stops at a cancel and says so', async () => {
    const dir = await tempDir();
    const k = madeUpKey(7);
    for (let i = 0; i < 300; i++) await fs.writeFile(path.join(dir, `f${i}.txt`), `${k.secret}\n`);
    const controller = new AbortController();
    const seen: number[] = [];
    const r = await scan({
      keys: [k],
      paths: [dir],
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.files);
        controller.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.stats.files).toBeLessThan(300);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('finds values in shell, REPL and clipboard histories (Klipper keeps UTF-16)', async () => {
    const home = await tempDir();
    const k = madeUpKey(8);
    await fs.writeFile(path.join(home, '.bash_history'), `ls\nexport KEY=${k.apiKey}\n`);
    await fs.writeFile(path.join(home, '.python_history'), `s = "${k.secret}"\n`);
    await fs.mkdir(path.join(home, '.local/share/klipper'), { recursive: true });
    const klipper = Buffer.concat([
      Buffer.from([0, 0, 0, 4]),
      Buffer.from(k.secret, 'utf16le').swap16(),
    ]);
    await fs.writeFile(path.join(home, '.local/share/klipper/history2.lst'), klipper);
    await fs.mkdir(path.join(home, '.config/copyq'), { recursive: true });
    await fs.writeFile(
      path.join(home, '.config/copyq/copyq_tab_JmNsaXBib2FyZA==.dat'),
      `\u0000\u0003${k.apiKey}`,
    );
    const r = await scan({ keys: [k], paths: [home], home, history: true });
    expect(places(r, home).sort()).toEqual(
      [
        '.bash_history:2 key-8 apiKey history',
        '.config/copyq/copyq_tab_JmNsaXBib2FyZA==.dat:1 key-8 apiKey history',
        '.local/share/klipper/history2.lst:1 key-8 secret history',
        '.python_history:1 key-8 secret history',
      ].sort(),
    );
  });

  it('finds a secret committed then deleted in a git repository', async () => {
    const repo = await tempDir();
    const k = madeUpKey(9);
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, ...args], {
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      })
        .toString()
        .trim();
    git('init', '-q');
    await fs.writeFile(path.join(repo, 'config.json'), `{\n  "secret": "${k.secret}"\n}\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'add config');
    const added = git('rev-parse', 'HEAD');
    await fs.writeFile(path.join(repo, 'config.json'), '{}\n');
    git('commit', '-q', '-am', 'remove the secret');
    const withoutGit = await scan({ keys: [k], paths: [repo] });
    expect(withoutGit.hits).toEqual([]);
    const r = await scan({ keys: [k], paths: [repo], git: true });
    expect(r.hits).toEqual([
      {
        path: path.join(await fs.realpath(repo), 'config.json'),
        line: 2,
        keyId: 'key-9',
        label: k.label,
        field: 'secret',
        source: 'git',
        repo: await fs.realpath(repo),
        commit: added,
      },
    ]);
    expect(r.stats.repos).toBe(1);
  });
});
