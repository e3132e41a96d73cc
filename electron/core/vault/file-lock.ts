// The writer lock shared by every process using one vault folder (the app and any number of
// `keyward` commands): an exclusive lock the operating system holds on the file vault.lock,
// taken through os-lock (fcntl F_SETLK on Linux and macOS, LockFileEx on Windows). The OS
// lets go of it when its holder closes the file, exits or dies (crash, SIGKILL), so a dead
// holder never blocks anyone. Invariants:
// - the lock file is never unlinked and a lock is never stolen: a live holder keeps the lock
//   however long it is frozen (a laptop suspended mid-save, SIGSTOP, a clock jump). A waiter
//   gives up after LOCK_WAIT_MS with the 'conflict' error (CLI exit 1) having changed nothing;
// - fcntl locks belong to a process, not to a file descriptor: a second descriptor in the same
//   process would "get" the lock too, and closing any descriptor of the file drops it. So the
//   holders within one process queue here first, and a process has at most one descriptor of
//   the lock file open, that of its current holder;
// - waiting never blocks the event loop: each try is non-blocking (run on libuv's thread
//   pool), with a short randomised back-off between tries.
// Readers take no lock: the vault file is only ever replaced by an atomic rename.
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { lock as osLock, unlock as osUnlock } from 'os-lock';
import { KeywardError } from '../errors';

/** How long a writer waits for the lock before it fails with 'conflict'. */
export const LOCK_WAIT_MS = 15_000;

export interface HeldLock {
  /** Lets go of the lock. Never throws, and a second call does nothing. */
  release(): Promise<void>;
}

/**
 * Test-only: told (and awaited) right after the OS lock is taken and right before it is let
 * go. The stress test uses it to prove that no two processes are ever inside at once.
 */
export interface LockWatcher {
  entered(): Promise<void>;
  leaving(): Promise<void>;
}

let watcher: LockWatcher | null = null;

export function watchLocks(next: LockWatcher | null): void {
  watcher = next;
}

/** Per lock file (resolved path): the tail of this process's queue of holders. */
const queues = new Map<string, Promise<void>>();

/** The OS's answers to a non-blocking try on a lock someone else holds. */
const CONTENDED = new Set(['EAGAIN', 'EACCES', 'EBUSY', 'EWOULDBLOCK']);

function busy(timeoutMs: number): KeywardError {
  const waited = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  return new KeywardError(
    'conflict',
    `The vault is busy: another Keyward (the app or a keyward command) is saving to it and did not finish within ${waited}; nothing was changed. Try again in a moment; if it stays busy, close the Keyward app or the keyward command that is using this vault.`,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves true once `promise` settles, or false at `deadline` if it has not. */
function settlesBy(promise: Promise<void>, deadline: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Waits for this process's earlier holders of `key`; returns the function that ends our turn. */
async function takeTurn(key: string, deadline: number): Promise<(() => void) | null> {
  const previous = queues.get(key) ?? Promise.resolve();
  let endTurn: () => void = () => undefined;
  const mine = new Promise<void>((resolve) => (endTurn = resolve));
  const tail = previous.then(() => mine);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  if (await settlesBy(previous, deadline)) return endTurn;
  endTurn(); // the next in line still waits for `previous`, through `tail`
  return null;
}

/** Whether `handle` is still the file at `file` (not one deleted or replaced meanwhile). */
async function stillAt(handle: FileHandle, file: string): Promise<boolean> {
  const [held, current] = await Promise.all([handle.stat(), stat(file).catch(() => null)]);
  return current !== null && current.ino === held.ino && current.dev === held.dev;
}

async function closeQuietly(handle: FileHandle): Promise<void> {
  await handle.close().catch(() => undefined);
}

export async function acquireLock(file: string, timeoutMs = LOCK_WAIT_MS): Promise<HeldLock> {
  const deadline = Date.now() + timeoutMs;
  // One queue per file, however its folder is spelled (relative, through a symlink).
  const folder = await realpath(path.dirname(file)).catch(() => path.resolve(path.dirname(file)));
  const endTurn = await takeTurn(path.join(folder, path.basename(file)), deadline);
  if (!endTurn) throw busy(timeoutMs);
  let handle: FileHandle | null = null;
  try {
    let wait = 5;
    for (;;) {
      // 'a+': created if missing (owner-only), never truncated; writable, as fcntl's write
      // lock requires. Nothing is ever written to it.
      handle ??= await open(file, 'a+', 0o600);
      let locked = false;
      try {
        await osLock(handle.fd, { exclusive: true, immediate: true });
        locked = true;
      } catch (error) {
        if (!CONTENDED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      }
      if (locked) {
        if (await stillAt(handle, file)) break;
        // Someone deleted or replaced the lock file: our lock guards nothing. Start over.
        await closeQuietly(handle);
        handle = null;
        continue;
      }
      if (Date.now() >= deadline) throw busy(timeoutMs);
      await sleep(wait + Math.random() * wait);
      wait = Math.min(wait * 2, 100);
    }
  } catch (error) {
    if (handle) await closeQuietly(handle);
    endTurn();
    throw error;
  }
  const held: FileHandle = handle;
  await watcher?.entered();
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await watcher?.leaving().catch(() => undefined);
      // Unlock before closing: Windows may release a closed handle's locks only later.
      await osUnlock(held.fd).catch(() => undefined);
      await closeQuietly(held);
      endTurn();
    },
  };
}
