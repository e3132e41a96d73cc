// Durable atomic replacement of a file: write a temporary file in the same folder, fsync it,
// rename it over the target, fsync the folder. A crash at any instant leaves either the old
// file or the new one. Written by hand rather than with write-file-atomic because that
// package does not fsync the folder, and the rename is only durable once the folder is.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export async function fsyncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder for fsync; its rename is already durable enough.
    if (process.platform !== 'win32') throw error;
  } finally {
    await handle?.close();
  }
}

export interface AtomicWriteOptions {
  /** Runs after the new file is durable and before it replaces the target. */
  beforeRename?: () => Promise<void>;
  mode?: number;
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temp, 'wx', options.mode ?? 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dir);
}
