// A writer lock shared by every process using one vault folder (the app and any number of
// `keyward` commands). The lock is a file created with O_EXCL that names its owner's pid,
// host and a random token. A lock whose owner process is gone on this host (killed mid-write,
// crashed) is stolen: it is renamed away, and only if the renamed file still holds the token
// that was judged stale is it removed; otherwise it is put back. Readers take no lock: the
// vault file is only ever replaced by an atomic rename.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { open, readFile, rename, stat, unlink, link } from 'node:fs/promises';
import { KeywardError } from '../errors';

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

const EMPTY_LOCK_GRACE_MS = 2000;
/**
 * A save holds the lock for well under a second; a lock this old belongs to a process that
 * died and whose pid was reused (or to another host that went away).
 */
export const MAX_LOCK_AGE_MS = 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | 'empty' | null> {
  try {
    const text = await readFile(file, 'utf8');
    if (text.trim() === '') return 'empty';
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.token === 'string' ? owner : 'empty';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'empty';
  }
}

async function isStale(file: string, owner: LockOwner | 'empty'): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (info === null) return false; // released meanwhile: just try again
  const age = Date.now() - info.mtimeMs;
  if (age > MAX_LOCK_AGE_MS) return true;
  // A process died between creating the lock and writing its name into it.
  if (owner === 'empty') return age > EMPTY_LOCK_GRACE_MS;
  return owner.host === hostname() && !isAlive(owner.pid);
}

async function trySteal(file: string, seen: LockOwner | 'empty'): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    return; // someone else removed or stole it first
  }
  const moved = await readOwner(aside);
  const same =
    seen === 'empty'
      ? moved === 'empty'
      : moved !== null && moved !== 'empty' && moved.token === seen.token;
  if (same) {
    await unlink(aside).catch(() => undefined);
    return;
  }
  // We moved a lock that a live process had just taken: give it back if the name is free.
  await link(aside, file).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export interface HeldLock {
  release(): Promise<void>;
}

export async function acquireLock(file: string, timeoutMs = 15_000): Promise<HeldLock> {
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomBytes(12).toString('hex'),
  };
  const deadline = Date.now() + timeoutMs;
  let wait = 5;
  for (;;) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(me));
      } finally {
        await handle.close();
      }
      return {
        release: async () => {
          const owner = await readOwner(file);
          if (owner && owner !== 'empty' && owner.token === me.token) await unlink(file);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(file);
    if (owner !== null && (await isStale(file, owner))) {
      await trySteal(file, owner);
      continue;
    }
    if (Date.now() > deadline) {
      const who = owner && owner !== 'empty' ? ` by process ${owner.pid}` : '';
      throw new KeywardError(
        'conflict',
        `The vault is busy (locked${who}); try again in a moment. If no Keyward is running, delete ${file}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, wait + Math.random() * wait));
    wait = Math.min(wait * 2, 100);
  }
}
