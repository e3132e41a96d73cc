// Unlock with a passphrase, lock by shortcut, reveal re-asks the passphrase (in main's own
// prompt, answered by the harness), and recovery with the recovery key when the keychain
// entry is gone (a passphrase-only vault stays one, with a new passphrase).
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { VaultStore } from '../electron/core/vault/vault-store';

const PASSPHRASE = 'correct horse battery staple';
const sample = SAMPLE_KEYS[0]!;

test('a passphrase vault unlocks with the passphrase and reveal asks for it again', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm({ passphrase: PASSPHRASE, keepKeychain: false });
  await seedKeys(app.page, [sample]);

  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();
  await onboarding.unlock('not the passphrase');
  await expect(app.page.getByRole('alert')).toBeVisible();
  await expect(onboarding.unlockHeading).toBeVisible();
  await onboarding.unlock(PASSPHRASE);

  const keys = new KeysPage(app.page);
  await keys.open(sample.label);
  const key = new KeyPage(app.page);
  // The page has no passphrase field of its own: main's prompt asks.
  await app.answerSecretAccess('approve', 'wrong passphrase');
  await key.revealSecret();
  await expect(app.page.getByTestId('notice')).toContainText('Not confirmed');
  await expect(key.revealed).toHaveCount(0);
  await expect(app.page.locator('input[type="password"]')).toHaveCount(0);
  await app.answerSecretAccess('approve', PASSPHRASE);
  await key.revealSecret();
  await expect(key.revealed).toHaveText(sample.secret);
  if (app.mode === 'chromium') {
    expect(app.secretAccessAsked().map((a) => a.kind)).toEqual(['passphrase', 'passphrase']);
  }

  // Locking drops the revealed value at once.
  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();
  expect(await app.storeSnapshot()).not.toContain(sample.secret);
  expect(await app.page.content()).not.toContain(sample.secret);

  const vault = await app.readVault(PASSPHRASE);
  expect(vault.keys.map((k) => k.label)).toEqual([sample.label]);
  const status = await VaultStore.describe(app.dir);
  expect(status.hasPassphrase).toBe(true);
  expect(status.keychainKept).toBe(false);
});

test('with the keychain entry lost, the recovery key opens the vault', async ({ app }) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  const recoveryKey = await onboarding.createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();

  // A new machine: the keychain no longer holds the vault key.
  const { vaultId } = await VaultStore.describe(app.dir);
  expect(vaultId).not.toBeNull();
  await app.forgetKeychainEntry();
  await app.open();

  await onboarding.unlock();
  await expect(app.page.getByRole('alert')).toBeVisible();
  await onboarding.recover(recoveryKey.toLowerCase());
  await expect(new KeysPage(app.page).row(sample.label)).toBeVisible();

  // Recovery put the vault key back in the keychain: the vault opens without it now.
  const vault = await app.readVault();
  expect(vault.keys[0]!.secret).toBe(sample.secret);
});

test('recovering a passphrase-only vault asks for a new passphrase and keeps it passphrase-only', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  const recoveryKey = await onboarding.createAndConfirm({
    passphrase: PASSPHRASE,
    keepKeychain: false,
  });
  await seedKeys(app.page, [sample]);
  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();

  // The passphrase is forgotten: the recovery form asks for a new one.
  const NEW_PASSPHRASE = 'a brand new passphrase';
  await app.page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await expect(onboarding.recoverNewPassphrase).toBeVisible();
  await onboarding.recover(recoveryKey, NEW_PASSPHRASE);
  await expect(new KeysPage(app.page).row(sample.label)).toBeVisible();

  // Still passphrase-only: the keychain got nothing, the new passphrase opens, the old not.
  const status = await VaultStore.describe(app.dir);
  expect(status).toMatchObject({ hasPassphrase: true, keychainKept: false });
  await expect(app.readVault()).rejects.toMatchObject({ code: 'passphrase-required' });
  await expect(app.readVault(PASSPHRASE)).rejects.toMatchObject({ code: 'wrong-passphrase' });
  expect((await app.readVault(NEW_PASSPHRASE)).keys[0]!.secret).toBe(sample.secret);
});
