// First run: create the vault, see the recovery key once, confirm it by re-typing a group.
import { test, expect } from './harness/fixtures';
import { OnboardingPage } from './pages/onboarding-page';

test('a new user creates a vault and must re-type part of the recovery key', async ({ app }) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  const recoveryKey = await onboarding.create();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);

  await onboarding.confirmRecovery(recoveryKey, 'ZZZZ');
  await expect(app.page.getByRole('alert')).toContainText('That is not group');
  await onboarding.confirmRecovery(recoveryKey);

  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
  await expect(app.page.getByText(recoveryKey)).toHaveCount(0);
  expect(await app.storeSnapshot()).not.toContain(recoveryKey);

  const vault = await app.readVault();
  expect(vault.keys).toEqual([]);
});
