import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve('out/renderer');

test('the built renderer loads', async ({ page }) => {
  await page.route('http://keyward.test/**', async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(root, url.pathname === '/' ? 'index.html' : url.pathname);
    await route.fulfill({
      body: await readFile(file),
      contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html',
    });
  });
  await page.goto('http://keyward.test/');
  await expect(page.getByRole('heading', { name: 'Keyward' })).toBeVisible();
});
