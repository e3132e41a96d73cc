// Walks the folders to scan and yields the regular files in them.
// Rules: skips node_modules, caches, version-control internals (git objects are compressed:
// --git reads them through git) and the vault folder; never follows a symlink (a target inside
// the scanned folders is scanned where it lives, one outside is out of scope), so a symlink
// loop cannot trap it; a directory reached twice (a bind mount of its parent) is a loop and
// is skipped; it stays on each given path's file system; an unreadable folder is counted,
// never fatal. Only regular files are yielded (a FIFO would block a read).
import fs from 'node:fs/promises';
import path from 'node:path';

export const SKIPPED_DIR_NAMES = new Set([
  'node_modules',
  '.cache',
  'cache',
  'Cache',
  'Caches',
  'CacheStorage',
  'Code Cache',
  'GPUCache',
  '__pycache__',
  '.npm',
  '.pnpm-store',
  '.git',
  '.hg',
]);

export interface WalkCounts {
  dirs: number;
  /** Symlinks seen and not followed. */
  symlinks: number;
  /** Directories reached a second time (bind mounts, hard-linked dirs). */
  loops: number;
  /** Entries on another file system than the given path's. */
  otherFileSystems: number;
  /** Folders skipped by rule (node_modules, caches, the vault). */
  skippedDirs: number;
  unreadable: string[];
}

export interface WalkOptions {
  /** Real paths of folders never entered (the vault folder). */
  exclude: readonly string[];
  /** Called for each git work tree or bare repository found (a folder holding `.git`). */
  onRepo?: (dir: string) => void;
  signal?: AbortSignal;
}

export function newWalkCounts(): WalkCounts {
  return { dirs: 0, symlinks: 0, loops: 0, otherFileSystems: 0, skippedDirs: 0, unreadable: [] };
}

/** Yields batches of file paths (at most `batchSize` each). */
export async function* walk(
  roots: readonly string[],
  counts: WalkCounts,
  options: WalkOptions,
  batchSize = 64,
): AsyncGenerator<string[]> {
  const visited = new Set<string>();
  const exclude = new Set(options.exclude);
  let batch: string[] = [];
  for (const given of roots) {
    let root: string;
    let rootStat: Awaited<ReturnType<typeof fs.stat>>;
    try {
      // A path the user names is taken where it really is, symlink or not.
      root = await fs.realpath(given);
      rootStat = await fs.stat(root);
    } catch {
      counts.unreadable.push(given);
      continue;
    }
    if (rootStat.isFile()) {
      batch.push(root);
      continue;
    }
    if (!rootStat.isDirectory()) continue;
    const stack: string[] = [root];
    while (stack.length > 0) {
      if (options.signal?.aborted) return;
      const dir = stack.pop()!;
      if (exclude.has(dir)) {
        counts.skippedDirs += 1;
        continue;
      }
      let entries;
      try {
        const st = await fs.lstat(dir);
        if (st.dev !== rootStat.dev) {
          counts.otherFileSystems += 1;
          continue;
        }
        const id = `${st.dev}:${st.ino}`;
        if (visited.has(id)) {
          counts.loops += 1;
          continue;
        }
        visited.add(id);
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        counts.unreadable.push(dir);
        continue;
      }
      counts.dirs += 1;
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isSymbolicLink()) {
          counts.symlinks += 1;
        } else if (entry.isDirectory()) {
          if (entry.name === '.git') options.onRepo?.(dir);
          if (SKIPPED_DIR_NAMES.has(entry.name)) counts.skippedDirs += 1;
          else stack.push(full);
        } else if (entry.isFile()) {
          batch.push(full);
          if (batch.length >= batchSize) {
            yield batch;
            batch = [];
          }
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}
