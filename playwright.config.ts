import { defineConfig } from '@playwright/test';

// Browsers are never downloaded: the specs run in Debian's Chromium with the real core behind
// the bridge, or in the real Electron app where its binary is present (see e2e/harness).
// Run under a Secret Service: `bash scripts/with-keyring.sh npx playwright test`.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/harness/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.KEYWARD_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
