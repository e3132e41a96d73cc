import { fork, type ChildProcess } from 'node:child_process';
import { stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChild } from '../test/build-child';
import { tempDir } from '../test/temp-dir';
import { acquireLock } from './file-lock';

let holderScript: string;

beforeAll(async () => {
  holderScript = await buildChild(path.join(import.meta.dirname, '../test/lock-holder-child.ts'));
});

interface Holder {
  process: ChildProcess;
  exited: Promise<number | null>;
  release(): Promise<number | null>;
}

/** Another process holding the lock on `file` (it has taken it when this resolves). */
async function holdInAnotherProcess(file: string): Promise<Holder> {
  const child = fork(holderScript, [file], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => {
      if (message.type === 'held') resolve();
    });
    void exited.then((code) => reject(new Error(`the holder exited (${code}) before holding`)));
  });
  return {
    process: child,
    exited,
    release: () => {
      child.send({ type: 'release' });
      return exited;
    },
  };
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('acquireLock', () => {
  it('never unlinks the lock file, and release never throws, even when the file is gone', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const first = await acquireLock(file);
    expect(await exists(file)).toBe(true);
    await first.release();
    expect(await exists(file)).toBe(true);
    await first.release(); // a second release does nothing

    const second = await acquireLock(file);
    await unlink(file);
    await expect(second.release()).resolves.toBeUndefined();
    // The next holder simply creates it again.
    await (await acquireLock(file, 1000)).release();
    expect(await exists(file)).toBe(true);
  });

  it('never steals the lock from a live holder, however old its file; waiters fail busy, without advice to delete it', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const holder = await holdInAnotherProcess(file);
    // As if the holder had been suspended for two hours (a sleeping laptop, a clock jump).
    const old = new Date(Date.now() - 2 * 3600_000);
    await utimes(file, old, old);
    const started = Date.now();
    const failure = await acquireLock(file, 1500).then(
      async (lock) => {
        await lock.release();
        return null;
      },
      (error: unknown) => error as Error & { code?: string },
    );
    expect(failure, 'the lock was stolen from a live holder').not.toBeNull();
    expect(failure?.code).toBe('conflict');
    expect(failure?.message).toMatch(/The vault is busy.*nothing was changed/);
    expect(failure?.message).not.toMatch(/delete|remove/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(await exists(file)).toBe(true);
    expect(await holder.release()).toBe(0);
    await (await acquireLock(file, 5000)).release();
  });

  it('is free as soon as its holder is killed', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const holder = await holdInAnotherProcess(file);
    const waiting = acquireLock(file, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    holder.process.kill('SIGKILL');
    await holder.exited;
    const lock = await waiting;
    await lock.release();
    expect(await exists(file)).toBe(true);
  });

  it('waits without blocking the event loop', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const holder = await holdInAnotherProcess(file);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    await expect(acquireLock(file, 800)).rejects.toMatchObject({ code: 'conflict' });
    clearInterval(timer);
    // 80 ticks if nothing else ran; a blocked loop would have given 0 or 1.
    expect(ticks).toBeGreaterThanOrEqual(10);
    await holder.release();
  });

  it('orders holders within one process too (an OS lock belongs to the whole process)', async () => {
    const file = path.join(await tempDir(), 'vault.lock');
    const first = await acquireLock(file);
    await expect(acquireLock(file, 100)).rejects.toMatchObject({ code: 'conflict' });
    const order: string[] = [];
    const second = acquireLock(file).then((lock) => {
      order.push('second acquired');
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    order.push('first releases');
    await first.release();
    const held = await second;
    // While this process holds it, another process cannot take it.
    const other = fork(holderScript, [file, '300'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    other.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await new Promise((resolve) => other.on('exit', resolve))).toBe(1);
    expect(stderr).toMatch(/busy/);
    await held.release();
    expect(order).toEqual(['first releases', 'second acquired']);
  });
});
