// The scan on worker threads (the built scan-worker.cjs, as the CLI and app run it) finds the
// same as on one thread; an unreadable file or folder is counted, never fatal.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { scanForCopies } from './scanner';
import { madeUpKey } from './test-keys';

const repo = path.resolve(import.meta.dirname, '../../..');
const outDir = path.join(repo, '.tmp/scan-test');
const workerFile = path.join(outDir, 'scan-worker.cjs');
const harness = path.join(outDir, 'scan-harness.cjs');

beforeAll(async () => {
  await build({
    entryPoints: {
      'scan-worker': path.join(repo, 'electron/core/scan/scan-worker.ts'),
      'scan-harness': path.join(repo, 'electron/core/scan/test-harness.ts'),
    },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
});

async function plantedTree(keys: ReturnType<typeof madeUpKey>[]): Promise<string> {
  const dir = await tempDir();
  for (let d = 0; d < 10; d++) {
    await fs.mkdir(path.join(dir, `d${d}`));
    for (let f = 0; f < 40; f++) {
      const k = keys[(d * 40 + f) % keys.length]!;
      const planted = (d * 40 + f) % 7 === 0 ? `\nkey=${k.apiKey}\n` : '\n';
      await fs.writeFile(path.join(dir, `d${d}`, `f${f}.txt`), `${'text '.repeat(200)}${planted}`);
    }
  }
  return dir;
}

describe('scan on worker threads', () => {
  it('finds exactly what the one-thread scan finds', async () => {
    const keys = [madeUpKey(1), madeUpKey(2), madeUpKey(3)];
    const dir = await plantedTree(keys);
    const one = await scanForCopies({ keys, paths: [dir], home: dir, workers: 0 });
    const many = await scanForCopies({ keys, paths: [dir], home: dir, workers: 2, workerFile });
    expect(one.hits.length).toBe(58);
    expect(many.hits).toEqual(one.hits);
    expect(many.stats).toEqual(one.stats);
  });

  it('stops the worker threads at a cancel', async () => {
    const keys = [madeUpKey(5)];
    const dir = await plantedTree(keys);
    const controller = new AbortController();
    const r = await scanForCopies({
      keys,
      paths: [dir],
      home: dir,
      workers: 2,
      workerFile,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(r.cancelled).toBe(true);
    expect(r.stats.files).toBeGreaterThan(0);
    expect(r.stats.files).toBeLessThan(400);
  });

  it('counts unreadable files and folders and goes on', async () => {
    // Root reads everything: the scan runs as an unprivileged user in a child process.
    const isRoot = process.getuid?.() === 0;
    const dir = await tempDir();
    const k = madeUpKey(4);
    await fs.writeFile(path.join(dir, 'ok.txt'), k.secret);
    await fs.writeFile(path.join(dir, 'locked.txt'), k.secret, { mode: 0o000 });
    await fs.mkdir(path.join(dir, 'locked-dir'), { mode: 0o000 });
    await fs.chmod(dir, 0o755);
    const input = JSON.stringify({ keys: [k], paths: [dir], home: dir, workerFile });
    const child = spawn(process.execPath, [harness], {
      stdio: ['pipe', 'pipe', 'inherit'],
      ...(isRoot && { uid: 65534, gid: 65534, cwd: os.tmpdir() }),
    });
    child.stdin.end(input);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const result = JSON.parse(out) as Awaited<ReturnType<typeof scanForCopies>>;
    expect(result.hits.map((h) => path.basename(h.path))).toEqual(['ok.txt']);
    expect(result.stats.unreadable).toBe(2);
    expect(result.unreadablePaths.map((p) => path.basename(p)).sort()).toEqual([
      'locked-dir',
      'locked.txt',
    ]);
    expect(out).not.toContain(k.secret.slice(4, 14));
  });
});
