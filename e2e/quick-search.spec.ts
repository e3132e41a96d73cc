// Issue 13 §2: the global shortcut opens a quick-search palette over the open vault; it finds
// keys by label or service, Enter copies the secret (main confirms it as for any copy),
// Shift+Enter the API key, Esc closes. Settings: the shortcut is off by default, a bad one is
// explained, a good one is stored; "Send a test notification" (§4).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expectAccessible } from './harness/checks';
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { QuickSearchPalette, QuickSearchSettings } from './pages/quick-search-page';
import { SettingsPage } from './pages/workflow-pages';

const [bot, tracker, treasury] = SAMPLE_KEYS as [
  (typeof SAMPLE_KEYS)[number],
  (typeof SAMPLE_KEYS)[number],
  (typeof SAMPLE_KEYS)[number],
];

test('the shortcut opens the palette: Enter copies the secret, Shift+Enter the API key, Esc closes', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [bot, tracker, treasury]);
  await app.page.reload();
  // The page listens to main's events once it has started (the list shows the keys).
  await expect(new KeysPage(app.page).rows).toHaveCount(3);
  const palette = new QuickSearchPalette(app.page);
  await expect(palette.dialog).toHaveCount(0);

  await app.quickSearchPressed();
  await palette.expectOpen();
  await expectAccessible(app.page, 'quick-search palette');
  // By service: "Treasury script" is the service of the Kraken key.
  await palette.find('treasury scr', treasury.label);
  await expect(palette.options).toHaveCount(1);
  await palette.find('coin', tracker.label);
  // Main asks before a secret is copied: refused, nothing is copied and the palette says so.
  if (app.mode === 'chromium') {
    await app.answerSecretAccess('refuse');
    await app.page.keyboard.press('Enter');
    await expect(palette.dialog.getByRole('alert')).toBeVisible();
    expect(await app.clipboardText()).toBe('');
    await app.answerSecretAccess('approve');
  }
  await app.page.keyboard.press('Enter');
  await expect(palette.dialog).toHaveCount(0);
  await expect.poll(() => app.clipboardText()).toBe(tracker.secret);
  await expect(app.page.getByTestId('notice')).toContainText(
    `Secret of “${tracker.label}” copied.`,
  );
  // The secret went through main's confirmation, like every copy of a secret.
  if (app.mode === 'chromium') {
    expect(app.secretAccessAsked()).toContainEqual(
      expect.objectContaining({ label: tracker.label, action: 'copy', field: 'secret' }),
    );
  }

  await app.quickSearchPressed();
  await palette.expectOpen();
  await palette.find('3commas', bot.label);
  await app.page.keyboard.press('Shift+Enter');
  await expect(palette.dialog).toHaveCount(0);
  await expect.poll(() => app.clipboardText()).toBe(bot.apiKey);

  // Arrow keys choose; Esc closes without copying.
  await app.quickSearchPressed();
  await palette.expectOpen();
  await palette.input.fill('');
  await app.page.keyboard.press('ArrowDown');
  await expect(palette.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Escape');
  await expect(palette.dialog).toHaveCount(0);
  expect(await app.clipboardText()).toBe(bot.apiKey);
});

test('the palette asked for while locked opens once the vault is unlocked', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [bot]);
  await app.screenLocks();
  const onboarding = new OnboardingPage(app.page);
  await expect(onboarding.unlockHeading).toBeVisible();
  await app.quickSearchPressed();
  const palette = new QuickSearchPalette(app.page);
  await expect(palette.dialog).toHaveCount(0);
  await onboarding.unlock();
  await palette.expectOpen();
  await palette.find('trading', bot.label);
});

test('Settings: the shortcut is off by default, a bad one is explained, a good one is saved; test notification', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await new SettingsPage(app.page).goto();
  const settings = new QuickSearchSettings(app.page);
  await expect(settings.enabled).not.toBeChecked();
  await expect(settings.shortcut).toHaveCount(0);

  await settings.enabled.check();
  await expect(settings.shortcut).toHaveValue('CommandOrControl+Shift+K');
  await expectAccessible(app.page, 'settings with the shortcut field');
  await settings.save('Shift+K');
  await expect(settings.error).toContainText('Add CommandOrControl, Ctrl, Alt or Super');
  await settings.save('ctrl+alt+k');
  await expect(app.page.getByTestId('notice')).toContainText('Shortcut saved: Ctrl+Alt+K.');
  await expect(settings.shortcut).toHaveValue('Ctrl+Alt+K');
  await expect
    .poll(
      async () =>
        JSON.parse(await readFile(path.join(app.dir, 'settings.json'), 'utf8')) as unknown,
    )
    .toMatchObject({ quickSearchShortcut: 'Ctrl+Alt+K' });

  await settings.enabled.uncheck();
  await expect
    .poll(
      async () =>
        JSON.parse(await readFile(path.join(app.dir, 'settings.json'), 'utf8')) as unknown,
    )
    .toMatchObject({ quickSearchShortcut: null });

  await settings.sendTestNotification();
  await expect(app.page.getByTestId('notice')).toContainText('Test notification sent.');
});
