// Settings: theme, language (English / 简体中文), clipboard delay with the "never" warning.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './harness/fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { SettingsPage } from './pages/workflow-pages';

test('theme, language and clipboard delay are applied and saved beside the vault', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const settings = new SettingsPage(app.page);
  await settings.goto();

  await settings.theme('Dark');
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.page.locator('body')).toHaveCSS('background-color', 'rgb(15, 18, 22)');

  await settings.clipboard('Never');
  await expect(app.page.getByRole('alert')).toContainText('A copied secret would stay');
  await settings.clipboard('1 minute');

  await settings.language('简体中文');
  await expect(app.page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await expect(app.page.locator('#set-language')).toHaveValue('zh-CN');
  await expect
    .poll(
      async () =>
        JSON.parse(await readFile(path.join(app.dir, 'settings.json'), 'utf8')) as unknown,
    )
    .toMatchObject({ language: 'zh-CN' });
  const stored = JSON.parse(await readFile(path.join(app.dir, 'settings.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(stored).toMatchObject({ theme: 'dark', language: 'zh-CN', clipboardClearSeconds: 60 });

  // Kept across a restart of the page.
  await app.open();
  await expect(app.page.getByRole('heading', { name: '还没有密钥' })).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
