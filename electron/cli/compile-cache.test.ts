import { chmodSync, chownSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../core/test/temp-dir';
import {
  CACHE_FOLDER,
  enableCompileCache,
  isPrivateDir,
  privateCacheDir,
  userCacheHome,
} from './compile-cache';

const me = { uid: process.getuid!() };
const cacheIn = (base: string) => privateCacheDir({ XDG_CACHE_HOME: base }, 'linux', '/h', me);

describe("the CLI's compile-cache folder", () => {
  it("is the user's cache directory on each platform", () => {
    expect(userCacheHome({}, 'linux', '/home/u')).toBe('/home/u/.cache');
    expect(userCacheHome({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u')).toBe('/c');
    expect(userCacheHome({ XDG_CACHE_HOME: 'rel' }, 'linux', '/home/u')).toBe('/home/u/.cache');
    expect(userCacheHome({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches');
    expect(userCacheHome({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'x')).toBe(
      'C:\\Users\\u\\AppData\\Local',
    );
    expect(userCacheHome({}, 'win32', 'x')).toBeNull();
  });

  it('is created 0700 and accepted when missing', async () => {
    const base = path.join(await tempDir(), 'cache');
    const dir = cacheIn(base);
    expect(dir).toBe(path.join(base, CACHE_FOLDER));
    expect(statSync(dir!).mode & 0o777).toBe(0o700);
  });

  it('is refused (no cache) when its mode lets others in', async () => {
    const base = await tempDir();
    mkdirSync(path.join(base, CACHE_FOLDER), { mode: 0o700 });
    chmodSync(path.join(base, CACHE_FOLDER), 0o777);
    expect(cacheIn(base)).toBeNull();
    chmodSync(path.join(base, CACHE_FOLDER), 0o750);
    expect(cacheIn(base)).toBeNull();
  });

  it('is refused when another user owns it', async () => {
    const base = await tempDir();
    const dir = path.join(base, CACHE_FOLDER);
    mkdirSync(dir, { mode: 0o700 });
    expect(isPrivateDir(dir, { uid: me.uid + 1 })).toBe(false);
    if (me.uid === 0) {
      // As root the test can make the owner really someone else.
      chownSync(dir, 4242, 4242);
      expect(cacheIn(base)).toBeNull();
    }
  });

  it('is refused when it is a symlink, even to a private folder of the user', async () => {
    const base = await tempDir();
    const target = path.join(base, 'elsewhere');
    mkdirSync(target, { mode: 0o700 });
    symlinkSync(target, path.join(base, CACHE_FOLDER));
    expect(isPrivateDir(target, me)).toBe(true);
    expect(cacheIn(base)).toBeNull();
  });

  it('is refused inside a folder others can write (they could swap it), unless sticky', async () => {
    const base = await tempDir();
    chmodSync(base, 0o777);
    expect(cacheIn(base)).toBeNull();
    chmodSync(base, 0o1777);
    expect(cacheIn(base)).toBe(path.join(base, CACHE_FOLDER));
  });
});

describe('enableCompileCache', () => {
  it("uses Node's compile cache in the checked folder when Node has one", () => {
    const enable = vi.fn();
    const loadV8 = vi.fn();
    const used = enableCompileCache({
      nodeModule: { enableCompileCache: enable },
      loadV8CompileCache: loadV8,
      cacheDir: () => '/c/keyward-cli',
    });
    expect(used).toBe('node');
    expect(enable).toHaveBeenCalledWith('/c/keyward-cli/node');
    expect(loadV8).not.toHaveBeenCalled();
  });

  it('points v8-compile-cache at the checked folder, without leaking the variable', () => {
    let seen: string | undefined;
    const used = enableCompileCache({
      nodeModule: {},
      loadV8CompileCache: () => (seen = process.env.V8_COMPILE_CACHE_CACHE_DIR),
      cacheDir: () => '/c/keyward-cli',
    });
    expect(used).toBe('v8-compile-cache');
    expect(seen?.startsWith('/c/keyward-cli/v8-compile-cache/')).toBe(true);
    expect(process.env.V8_COMPILE_CACHE_CACHE_DIR).toBeUndefined();
  });

  it('turns on no cache at all when the folder check fails', () => {
    const enable = vi.fn();
    const loadV8 = vi.fn();
    for (const nodeModule of [{ enableCompileCache: enable }, {}]) {
      expect(
        enableCompileCache({ nodeModule, loadV8CompileCache: loadV8, cacheDir: () => null }),
      ).toBeNull();
    }
    expect(enable).not.toHaveBeenCalled();
    expect(loadV8).not.toHaveBeenCalled();
  });
});
