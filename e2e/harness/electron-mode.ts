// Which runner the specs use: the real Electron app through Playwright's Electron support
// when an Electron binary is installed (require('electron') returns its path), otherwise
// Debian's Chromium with the real core behind the bridge (this machine cannot download
// Electron's binary).
import { createRequire } from 'node:module';

export type RunMode = 'electron' | 'chromium';

export function electronBinary(): string | null {
  try {
    const found: unknown = createRequire(import.meta.url)('electron');
    return typeof found === 'string' ? found : null;
  } catch {
    return null;
  }
}

export function runMode(): RunMode {
  if (process.env.KEYWARD_E2E_MODE === 'chromium') return 'chromium';
  return electronBinary() ? 'electron' : 'chromium';
}
