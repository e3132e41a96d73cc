// The findings dashboard: every finding, worst first, each linking to its key.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { OnboardingPage } from './pages/onboarding-page';
import { FindingsPage } from './pages/workflow-pages';
import { findings } from '../shared/findings';

const ORDER = ['critical', 'high', 'medium', 'low', 'info'];

test('findings are listed worst first and open their key', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS);
  await app.open();
  const page = new FindingsPage(app.page);
  await page.goto();

  const expected = findings(await app.readVault(), new Date());
  await expect(page.items).toHaveCount(expected.length);
  const severities: string[] = [];
  for (const item of await page.items.all()) {
    severities.push((await item.getAttribute('data-severity')) ?? '');
  }
  const ranks = severities.map((s) => ORDER.indexOf(s));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(severities[0]).toBe('critical');

  await page.items
    .first()
    .getByRole('button', { name: /^Open "Treasury - Auto Transfer"/ })
    .click();
  await expect(
    app.page.getByRole('heading', { level: 1, name: 'Treasury - Auto Transfer' }),
  ).toBeVisible();
  await expect(app.page.getByTestId('key-findings').locator('li')).toHaveCount(
    expected.filter((f) => f.keyId && f.keyId === expected[0]!.keyId).length,
  );
});
