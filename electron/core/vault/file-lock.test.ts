import { spawnSync } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/temp-dir';
import { acquireLock, MAX_LOCK_AGE_MS } from './file-lock';

function deadPid(): number {
  // A child that has exited: its pid is free (and, for the test's few milliseconds, unused).
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('acquireLock', () => {
  it('names its owner and removes the file on release', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const lock = await acquireLock(file);
    const owner = JSON.parse(await readFile(file, 'utf8')) as { pid: number; host: string };
    expect(owner).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.release();
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('waits for a live holder, then takes the lock', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const first = await acquireLock(file);
    const order: string[] = [];
    const second = acquireLock(file).then((lock) => {
      order.push('second acquired');
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('first releases');
    await first.release();
    await (await second).release();
    expect(order).toEqual(['first releases', 'second acquired']);
  });

  it('gives up on a live holder with a clear error', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const held = await acquireLock(file);
    await expect(acquireLock(file, 100)).rejects.toThrow(
      /The vault is busy \(locked by process \d+\)/,
    );
    await held.release();
  });

  it('steals the lock of a process that died', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    await writeFile(file, JSON.stringify({ pid: deadPid(), host: hostname(), token: 'dead' }));
    const lock = await acquireLock(file, 1000);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('steals an empty lock left by a crash after its grace period, and any lock older than the maximum age', async () => {
    const dir = await tempDir();
    const empty = path.join(dir, 'empty.lock');
    await writeFile(empty, '');
    const old = new Date(Date.now() - 5_000);
    await utimes(empty, old, old);
    await (await acquireLock(empty, 1000)).release();

    const ancient = path.join(dir, 'ancient.lock');
    // A live pid (ours) on this host, but far older than any save takes: a reused pid.
    await writeFile(ancient, JSON.stringify({ pid: process.pid, host: hostname(), token: 'old' }));
    const long = new Date(Date.now() - MAX_LOCK_AGE_MS - 5_000);
    await utimes(ancient, long, long);
    await (await acquireLock(ancient, 1000)).release();
  });

  it("does not steal another host's recent lock", async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    await writeFile(file, JSON.stringify({ pid: deadPid(), host: 'another-host', token: 'x' }));
    await expect(acquireLock(file, 100)).rejects.toMatchObject({ code: 'conflict' });
  });
});
