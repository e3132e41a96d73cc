// Builds what the specs need and says which runner they use.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { electronBinary, runMode } from './electron-mode';
import { RENDERER_DIR } from './serve-renderer';

export default function globalSetup(): void {
  const mode = runMode();
  const targets =
    mode === 'electron'
      ? ['renderer', 'cli', 'main', 'preload', 'prompt']
      : ['renderer', 'cli', 'prompt'];
  for (const target of targets) {
    const marker =
      target === 'renderer'
        ? path.join(RENDERER_DIR, 'index.html')
        : target === 'cli'
          ? 'out/cli/keyward.cjs'
          : `out/${target}`;
    if (process.env.KEYWARD_E2E_REBUILD === '1' || !existsSync(marker)) {
      execFileSync(process.execPath, ['scripts/build.mjs', target], { stdio: 'inherit' });
    }
  }
  if (mode === 'electron') {
    console.log(`e2e: running the real Electron app (${electronBinary()}) through Playwright.`);
  } else {
    console.log(
      'e2e: no Electron binary here; running the built renderer in Chromium ' +
        `(${process.env.KEYWARD_CHROMIUM ?? '/usr/bin/chromium'}) with the real core ` +
        '(electron/core/app) behind the shared bridge over page.exposeBinding.',
    );
  }
}
