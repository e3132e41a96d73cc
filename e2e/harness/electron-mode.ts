// Which runner the specs use: the real Electron app through Playwright's Electron support
// when an Electron binary is installed, otherwise Debian's Chromium with the real core behind
// the bridge (this machine cannot download Electron's binary). The binary is looked up the way
// node_modules/electron/index.js does, without requiring it: that module tries to download a
// missing binary.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type RunMode = 'electron' | 'chromium';

export function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist');
    const binary = path.join(distDir, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export function runMode(): RunMode {
  if (process.env.KEYWARD_E2E_MODE === 'chromium') return 'chromium';
  return electronBinary() ? 'electron' : 'chromium';
}
