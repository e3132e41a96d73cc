// The built renderer opened without the app around it (no preload, no window.keyward) says
// where it runs instead of hanging on "Opening Keyward…".
import { test, expect } from '@playwright/test';
import { APP_ORIGIN, serveRenderer } from './harness/serve-renderer';

test('outside the app the renderer says it needs the desktop app', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await serveRenderer(context);
    const page = await context.newPage();
    await page.goto(`${APP_ORIGIN}/`);
    await expect(page.getByText('Keyward runs only inside its desktop app.')).toBeVisible();
  } finally {
    await context.close();
  }
});
