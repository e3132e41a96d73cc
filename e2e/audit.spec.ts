// The monthly audit: five steps over every key; finishing stamps the keys.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { OnboardingPage } from './pages/onboarding-page';
import { AuditPage } from './pages/workflow-pages';

test('the monthly audit walks five steps and records the audit on every key', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS.slice(0, 2));
  await app.open();
  const audit = new AuditPage(app.page);
  await audit.goto();
  await expect(app.page.getByTestId('last-audit')).toHaveText('No audit yet.');
  await audit.start();
  await expect(app.page.getByText('Reviewing 2 keys')).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Finish the audit' })).toBeDisabled();
  for (const n of [1, 2, 3, 4, 5]) await audit.markDone(n);
  await audit.finish();
  await expect(app.page.getByTestId('notice')).toContainText('Audit recorded');
  await expect(app.page.getByTestId('last-audit')).toContainText('Last audit:');

  const vault = await app.readVault();
  expect(vault.audit.lastAuditAt).not.toBeNull();
  expect(vault.audit.run).toBeNull();
  for (const key of vault.keys) expect(key.lastAuditedAt).not.toBeNull();
});
