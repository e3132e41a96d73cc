// Re-keying from Settings (a new vault key and recovery key; the old passphrase and recovery
// key revoked), and the open app locking, saying why, when the keyward command re-keys.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { SettingsPage } from './pages/workflow-pages';
import { VaultStore } from '../electron/core/vault/vault-store';
import { memoryKeychain } from '../electron/core/vault/keychain';

const OLD_PASSPHRASE = 'correct horse battery staple';
const NEW_PASSPHRASE = 'a brand new passphrase';
const sample = SAMPLE_KEYS[0]!;

test('Settings re-keys a passphrase vault: a new recovery key shown once, the old secrets revoked', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  const oldRecovery = await onboarding.createAndConfirm({
    passphrase: OLD_PASSPHRASE,
    keepKeychain: false,
  });
  await seedKeys(app.page, [sample]);

  const settings = new SettingsPage(app.page);
  await settings.goto();
  await expect(settings.rekeyHeading).toBeVisible();
  const newRecovery = await settings.rekey({ current: OLD_PASSPHRASE, next: NEW_PASSPHRASE });
  expect(newRecovery).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  expect(newRecovery).not.toBe(oldRecovery);
  await onboarding.confirmRecovery(newRecovery);
  await expect(settings.rekeyDone).toBeVisible();
  // Shown once: gone from the page and from every store once confirmed.
  expect(await app.page.content()).not.toContain(newRecovery);
  expect(await app.storeSnapshot()).not.toContain(newRecovery);

  await expect(app.readVault(OLD_PASSPHRASE)).rejects.toMatchObject({ code: 'wrong-passphrase' });
  await expect(
    VaultStore.recover(app.dir, { keychain: memoryKeychain(), recoveryKey: oldRecovery }),
  ).rejects.toMatchObject({ code: 'wrong-recovery-key' });
  expect((await app.readVault(NEW_PASSPHRASE)).keys[0]!.secret).toBe(sample.secret);

  await app.page.keyboard.press('Control+l');
  await onboarding.unlock(OLD_PASSPHRASE);
  await expect(app.page.getByRole('alert')).toBeVisible();
  await onboarding.unlock(NEW_PASSPHRASE);
  await expect(new KeysPage(app.page).row(sample.label)).toBeVisible();
});

test('a re-key by the keyward command locks the open app, which says why', async ({ app }) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.row(sample.label)).toBeVisible();

  const rekeyed = app.cli(['rekey']);
  expect(rekeyed.status, rekeyed.stderr).toBe(0);
  expect(rekeyed.stdout.trim()).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  await app.cliWroteVault();

  await expect(onboarding.unlockHeading).toBeVisible();
  await expect(onboarding.rekeyedNotice).toContainText('re-keyed');
  // The keychain holds the new key: unlocking works as before.
  await onboarding.unlock();
  await expect(keys.row(sample.label)).toBeVisible();
  await expect(onboarding.rekeyedNotice).toHaveCount(0);
});
