// The key list: badges (withdrawals unmistakably red), due dates by urgency, findings count,
// search, filters, sort, and the keyboard: Ctrl/Cmd+F, Ctrl/Cmd+N, arrows, visible focus.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { AddKeyPage } from './pages/add-key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

test('the list shows each key with its badges, due date, status and findings', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS);
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.rows).toHaveCount(4);
  await expect(keys.count).toHaveText('4 of 4 shown');

  // Sorted by rotation due date: the 20-day key first, the 365-day key last.
  expect(await keys.labelsInOrder()).toEqual([
    'Hummingbot - Futures',
    '3Commas - Trading Bot',
    'CoinTracker - Read Only',
    'Treasury - Auto Transfer',
  ]);

  const treasury = keys.row('Treasury - Auto Transfer');
  const badge = treasury.getByTestId('badge-withdrawals');
  await expect(badge).toHaveText(/WITHDRAWALS/);
  await expect(badge).toHaveCSS('background-color', 'rgb(180, 35, 24)'); // --danger, light theme
  await expect(badge).toHaveCSS('font-weight', '800');
  await expect(treasury.getByTestId('finding-count')).toHaveText('3 findings');
  await expect(treasury.getByText('No IP whitelist')).toBeVisible();
  await expect(keys.row('3Commas - Trading Bot').getByText('IP whitelist: 1')).toBeVisible();
  await expect(keys.row('3Commas - Trading Bot').getByTestId('badge-withdrawals')).toHaveCount(0);
  await expect(keys.row('Hummingbot - Futures').locator('[data-urgency]')).toHaveAttribute(
    'data-urgency',
    'ok',
  );

  // Search, filters and sort.
  await keys.search.fill('tracker');
  await expect(keys.rows).toHaveCount(1);
  await expect(keys.count).toHaveText('1 of 4 shown');
  await keys.search.fill('');
  await keys.filter('Exchange', 'Binance');
  await expect(keys.rows).toHaveCount(2);
  await keys.filter('Exchange', 'All');
  await keys.filter('Findings', 'With a critical finding');
  await expect(keys.rows).toHaveCount(1);
  await expect(keys.row('Treasury - Auto Transfer')).toBeVisible();
  await keys.filter('Findings', 'No findings');
  await expect(keys.rows).toHaveCount(2);
  await keys.filter('Findings', 'All');
  await keys.filter('Sort by', 'Worst findings');
  expect((await keys.labelsInOrder())[0]).toBe('Treasury - Auto Transfer');
  await keys.filter('Status', 'Compromised');
  await expect(app.page.getByText('No key matches these filters.')).toBeVisible();
});

test('keyboard: shortcuts for search, add and lock; arrows move through rows with visible focus', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS);
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.rows).toHaveCount(4);

  await app.page.keyboard.press('Control+n');
  await expect(new AddKeyPage(app.page).heading).toBeVisible();
  await app.page.keyboard.press('Control+f');
  await expect(keys.search).toBeFocused();
  await app.page.keyboard.type('3commas');
  await expect(keys.rows).toHaveCount(1);
  await keys.search.fill('');

  // Tab from the search box into the list, then arrows.
  await keys.rows.first().getByRole('button').first().focus();
  await app.page.keyboard.press('ArrowDown');
  const second = keys.rows.nth(1).getByRole('button').first();
  await expect(second).toBeFocused();
  await expect(second).toHaveCSS('outline-style', 'solid');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByTestId('key-detail')).toBeVisible();

  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();
  expect(await app.storeSnapshot()).not.toContain('3Commas - Trading Bot');
});
