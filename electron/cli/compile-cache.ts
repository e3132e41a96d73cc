// Where the full CLI caches its compiled code (out/cli/compile-cache.cjs, used by
// bin/keyward.cjs). A code cache is executable: whoever can write it can make `keyward` run
// their code with the user's keychain. Both caches' defaults sit in the shared temp folder
// (v8-compile-cache: /tmp/v8-compile-cache-<uid>, made 0777 without an owner check; Node 22's
// module.enableCompileCache(): the temp folder too), so Keyward points them at its own folder
// under the user's cache directory and uses it only if the check below passes; otherwise the
// CLI runs uncached (only slower). The cache holds compiled code, never data.
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CACHE_FOLDER = 'keyward-cli';

/** The user's cache directory: XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%. */
export function userCacheHome(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string | null {
  if (platform === 'win32') {
    return env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : null;
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches');
  // XDG: a relative XDG_CACHE_HOME is invalid and ignored.
  return env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)
    ? env.XDG_CACHE_HOME
    : path.join(home, '.cache');
}

export interface Owner {
  /** The current user's uid; undefined on Windows (no POSIX owner or modes to check). */
  uid: number | undefined;
}

/**
 * Whether `dir` is a folder only its user can write: a real folder (not a symlink or
 * junction), owned by `owner.uid`, mode exactly 0700, in a parent that others cannot swap it
 * out of (not group/other-writable unless sticky, as /tmp is). On Windows only the first
 * holds: %LOCALAPPDATA% is private to the user by its ACL.
 */
export function isPrivateDir(dir: string, owner: Owner): boolean {
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink() || !stats.isDirectory()) return false;
    if (owner.uid === undefined) return true;
    if (stats.uid !== owner.uid || (stats.mode & 0o777) !== 0o700) return false;
    const parent = statSync(path.dirname(dir));
    const sharedWritable = (parent.mode & 0o022) !== 0 && (parent.mode & 0o1000) === 0;
    return !sharedWritable;
  } catch {
    return false;
  }
}

/** The checked cache folder (created 0700 when missing), or null: then run without a cache. */
export function privateCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
  owner: Owner = { uid: process.getuid?.() },
): string | null {
  const base = userCacheHome(env, platform, home);
  if (!base) return null;
  const dir = path.join(base, CACHE_FOLDER);
  try {
    // Creates missing parents too; an existing folder keeps its mode (and is then checked).
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return null;
  }
  return isPrivateDir(dir, owner) ? dir : null;
}

interface NodeModuleWithCache {
  enableCompileCache?: (dir?: string) => unknown;
}

export interface CompileCacheDeps {
  /** node:module (Node 22.1+ has enableCompileCache). */
  nodeModule: NodeModuleWithCache;
  /** require('v8-compile-cache'), which reads V8_COMPILE_CACHE_CACHE_DIR as it loads. */
  loadV8CompileCache: () => void;
  cacheDir?: () => string | null;
}

/** Turns on a code cache in the checked folder; returns which one, or null for none. */
export function enableCompileCache(deps: CompileCacheDeps): 'node' | 'v8-compile-cache' | null {
  const dir = (deps.cacheDir ?? (() => privateCacheDir()))();
  if (!dir) return null;
  if (typeof deps.nodeModule.enableCompileCache === 'function') {
    deps.nodeModule.enableCompileCache(path.join(dir, 'node'));
    return 'node';
  }
  if (process.env.DISABLE_V8_COMPILE_CACHE) return null;
  const variable = 'V8_COMPILE_CACHE_CACHE_DIR';
  const previous = process.env[variable];
  process.env[variable] = path.join(
    dir,
    'v8-compile-cache',
    `${process.arch}-${process.versions.v8}`,
  );
  try {
    deps.loadV8CompileCache();
    return 'v8-compile-cache';
  } catch {
    return null; // Only slower without it.
  } finally {
    // Read once at load; restored so programs `keyward exec` starts do not inherit it.
    if (previous === undefined) delete process.env[variable];
    else process.env[variable] = previous;
  }
}
