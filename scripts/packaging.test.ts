// Packaging: electron-builder.yml must pass the installed electron-builder's own validation
// (25.1.8 refused the old `electronFuses` key, so no package could be built), and the fuses
// the afterPack hook flips must be exactly the ones docs/security.md lists. The hook runs on
// a stand-in binary carrying an Electron fuse wire (no Electron binary on this machine).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

type Config = Record<string, unknown>;
const builderConfig = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: null, options: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses') as {
  FuseV1Options: Record<string, number | string>;
  getCurrentFuseWire: (file: string) => Promise<Record<number, number>>;
};
const { KEYWARD_FUSES } = require('./fuses.cjs') as {
  KEYWARD_FUSES: { name: string; enabled: boolean }[];
};
interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
const afterPack = require('./after-pack.cjs') as ((context: PackContext) => Promise<void>) & {
  electronBinaryPath(context: PackContext): string;
};

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const fuseNames = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

/** "name: on|off" for each fuse listed under docs/security.md's "Electron fuses". */
function documentedFuses(): Record<string, boolean> {
  const doc = readFileSync(path.join(repo, 'docs/security.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Electron fuses\n'));
  expect(section, 'docs/security.md has an "Electron fuses" section').toBeDefined();
  const listed: Record<string, boolean> = {};
  for (const match of section!.matchAll(/^- `(\w+)`: (on|off)\b/gm)) {
    expect(listed, `${match[1]} listed twice`).not.toHaveProperty(match[1]!);
    listed[match[1]!] = match[2] === 'on';
  }
  return listed;
}

const context = (appOutDir: string, platform = 'linux'): PackContext => ({
  appOutDir,
  electronPlatformName: platform,
  arch: 1,
  packager: { appInfo: { productFilename: 'Keyward' }, executableName: 'keyward' },
});

const temp: string[] = [];
afterAll(() => Promise.all(temp.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('electron-builder configuration', () => {
  it('passes the installed electron-builder validation', async () => {
    const config = await builderConfig.getConfig(repo, null, null);
    // Rethrown with the message only: the validator's error carries the whole schema.
    await expect(
      builderConfig.validateConfiguration(config, new DebugLogger(false)).catch((error: Error) => {
        throw new Error(error.message.split('\n').slice(0, 2).join('\n'));
      }),
    ).resolves.toBeUndefined();
    // The validation is live: the key the old file had is refused.
    await expect(
      builderConfig.validateConfiguration(
        { ...config, electronFuses: { runAsNode: false } },
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/unknown property 'electronFuses'/);
    expect(config.afterPack).toBe('scripts/after-pack.cjs');
  });
});

describe('Electron fuses', () => {
  it('docs/security.md lists every fuse, as scripts/fuses.cjs sets them', () => {
    const documented = documentedFuses();
    expect(Object.keys(documented).sort()).toEqual([...fuseNames].sort());
    expect(documented).toEqual(
      Object.fromEntries(KEYWARD_FUSES.map((fuse) => [fuse.name, fuse.enabled])),
    );
  });

  it('the afterPack hook flips exactly the documented fuses in the packaged binary', async () => {
    const appOutDir = await mkdtemp(path.join(os.tmpdir(), 'keyward-pack-'));
    temp.push(appOutDir);
    const binary = afterPack.electronBinaryPath(context(appOutDir));
    expect(binary).toBe(path.join(appOutDir, 'keyward'));
    // A stand-in for Electron: some bytes, the sentinel, wire version 1, its length, and
    // each fuse set to the opposite of what Keyward wants.
    const documented = documentedFuses();
    const wire = fuseNames.map((name) => (documented[name] ? '0' : '1')).join('');
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.alloc(64, 7),
        Buffer.from(SENTINEL),
        Buffer.from([1, wire.length]),
        Buffer.from(wire),
        Buffer.alloc(64, 7),
      ]),
    );
    const verify = () =>
      spawnSync(process.execPath, ['scripts/verify-fuses.mjs', binary], {
        cwd: repo,
        encoding: 'utf8',
      });
    const before = verify();
    expect(before.status).toBe(1);
    expect(before.stderr).toContain('RunAsNode is on, expected off');

    await afterPack(context(appOutDir));

    const read = await getCurrentFuseWire(binary);
    const applied = Object.fromEntries(
      fuseNames.map((name) => [name, read[FuseV1Options[name] as number] === '1'.charCodeAt(0)]),
    );
    expect(applied).toEqual(documented);
    const after = verify();
    expect(after.stderr).toBe('');
    expect(after.status).toBe(0);
  });

  it('finds the Electron binary on each platform', () => {
    expect(afterPack.electronBinaryPath(context('/d', 'darwin'))).toBe('/d/Keyward.app');
    expect(afterPack.electronBinaryPath(context('/d', 'win32'))).toBe(
      path.join('/d', 'Keyward.exe'),
    );
    expect(() => afterPack.electronBinaryPath(context('/d', 'aix'))).toThrow(/no Electron/);
  });
});
