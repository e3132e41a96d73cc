// No Secret Service: the app says so plainly and makes the passphrase the way in; the vault
// key is never kept anywhere in plain.
import { test, expect } from './harness/fixtures';
import { OnboardingPage } from './pages/onboarding-page';
import { VaultStore } from '../electron/core/vault/vault-store';

test.use({ keychainMode: 'absent' });

const PASSPHRASE = 'a long passphrase for no keychain';

test('without a keychain the vault is created and unlocked with a passphrase', async ({ app }) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await expect(app.page.getByText('No system keychain is reachable')).toBeVisible();
  await expect(app.page.getByLabel('Also protect the vault with a passphrase')).toHaveCount(0);

  await app.page.getByRole('button', { name: 'Create vault' }).click();
  await expect(app.page.getByRole('alert')).toContainText('at least 8 characters');

  await onboarding.createAndConfirm({ passphrase: PASSPHRASE });
  const info = await VaultStore.describe(app.dir);
  expect(info).toMatchObject({ exists: true, hasPassphrase: true, keychainKept: false });

  await app.page.keyboard.press('Control+l');
  await onboarding.unlock(PASSPHRASE);
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
  expect((await app.readVault(PASSPHRASE)).keys).toEqual([]);
});
