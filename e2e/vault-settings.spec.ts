// Vault settings in the app (issue 13 §6, §8): the passphrase set, changed and removed from
// Settings; the emergency kit and the banner until the recovery key is confirmed stored;
// the recovery-key field read like the parser, with a show toggle; the unlock button focused
// and the reason for a lock said; auto-lock minutes saved on leaving the field or Enter, with
// a clear error; "Settings saved"; what lock protects, in plain words.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { test, expect } from './harness/fixtures';
import { expectAccessible } from './harness/checks';
import { OnboardingPage } from './pages/onboarding-page';
import { SettingsPage } from './pages/workflow-pages';
import { VaultSettingsPage } from './pages/vault-settings-page';
import { VaultStore } from '../electron/core/vault/vault-store';

const FIRST = 'correct horse battery staple';
const SECOND = 'a second good passphrase';

async function storedSettings(dir: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return {};
  }
}

test('auto-lock minutes: typed freely, saved on Enter or leaving the field, refused when empty or out of range', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await new SettingsPage(app.page).goto();
  const vault = new VaultSettingsPage(app.page);

  // Emptied while typing: it stays empty, nothing is saved until the field is left.
  await vault.typeAutoLock('');
  await expect(vault.autoLock).toHaveValue('');
  await vault.typeAutoLock('2');
  await app.page.waitForTimeout(300);
  // Still the default: the keystrokes saved nothing.
  expect((await storedSettings(app.dir)).autoLockMinutes).toBe(10);
  await vault.typeAutoLock('25');
  await vault.autoLock.press('Enter');
  await expect(vault.saved).toHaveText('Settings saved');
  await expect.poll(async () => (await storedSettings(app.dir)).autoLockMinutes).toBe(25);

  // Empty, then out of range: a clear error and nothing saved.
  await vault.typeAutoLock('');
  await vault.autoLock.blur();
  await expect(vault.autoLockError).toHaveText(/Type a number of minutes from 1 to 1440/);
  await expect(vault.autoLock).toHaveAttribute('aria-invalid', 'true');
  await vault.typeAutoLock('0');
  await vault.autoLock.press('Enter');
  await expect(vault.autoLockError).toHaveText(/from 1 to 1440 whole minutes; nothing was saved/);
  await vault.typeAutoLock('1441');
  await vault.autoLock.blur();
  await expect(vault.autoLockError).toBeVisible();
  expect((await storedSettings(app.dir)).autoLockMinutes).toBe(25);

  await vault.typeAutoLock('90');
  await vault.autoLock.blur();
  await expect(vault.autoLockError).toHaveCount(0);
  await expect.poll(async () => (await storedSettings(app.dir)).autoLockMinutes).toBe(90);
  await expect(vault.saved).toHaveText('Settings saved');

  // Any other change says so too.
  await new SettingsPage(app.page).theme('Dark');
  await expect(vault.saved).toHaveText('Settings saved');
  await expectAccessible(app.page, 'Settings with an auto-lock error');
});

test('Settings sets, changes and removes the passphrase; lock says what it protects', async ({
  app,
}) => {
  // Three passphrase changes, two unlocks and axe in two themes on a shared machine.
  test.slow();
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  await new SettingsPage(app.page).goto();
  const vault = new VaultSettingsPage(app.page);
  await expect(vault.lockProtection).toContainText('Anyone signed in to this computer can open it');
  await expectAccessible(app.page, 'Settings of a keychain vault');

  // Set: a keychain vault is confirmed by main's own dialog (refused: nothing changes).
  await app.answerSecretAccess('refuse');
  await vault.setPassphrase({ next: FIRST, keepKeychain: false });
  await expect(vault.passphraseForm.getByRole('alert')).toContainText('not confirmed');
  expect((await VaultStore.describe(app.dir)).hasPassphrase).toBe(false);
  await app.answerSecretAccess('approve');
  await vault.setPassphrase({ next: FIRST, keepKeychain: false });
  await expect(vault.passphraseDone).toContainText('Passphrase set');
  expect(await VaultStore.describe(app.dir)).toMatchObject({
    hasPassphrase: true,
    keychainKept: false,
  });
  await expect(vault.lockProtection).toContainText('opens only with its passphrase');
  // The passphrase is not kept anywhere in the page.
  expect(await app.storeSnapshot()).not.toContain(FIRST);
  await expect(vault.passphraseForm.locator('input[type="password"]').first()).toHaveValue('');

  // Change: core checks the current passphrase.
  await vault.setPassphrase({ current: 'not the passphrase', next: SECOND });
  await expect(vault.passphraseForm.getByRole('alert')).toContainText(
    'The current passphrase is wrong',
  );
  await vault.setPassphrase({ current: FIRST, next: SECOND, again: 'something else' });
  await expect(vault.passphraseForm.getByRole('alert')).toBeVisible();
  await vault.setPassphrase({ current: FIRST, next: SECOND });
  await expect(vault.passphraseDone).toContainText('The old passphrase still opens the backups');
  await app.page.keyboard.press('Control+l');
  await onboarding.unlock(FIRST);
  await expect(app.page.getByRole('alert')).toBeVisible();
  await onboarding.unlock(SECOND);
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();

  // Remove: the keychain alone opens it afterwards, without typing.
  await new SettingsPage(app.page).goto();
  await vault.removePassphrase(SECOND);
  await expect(vault.passphraseDone).toContainText('Passphrase removed');
  expect(await VaultStore.describe(app.dir)).toMatchObject({
    hasPassphrase: false,
    keychainKept: true,
  });
  await expect(vault.lockProtection).toContainText('Anyone signed in to this computer');
  await app.page.keyboard.press('Control+l');
  await expect(app.page.getByLabel('Passphrase')).toHaveCount(0);
  await onboarding.unlock();
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
});

test('first run: the emergency kit is saved as PDF or text where the user chooses', async ({
  app,
}) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'keyward-kit-'));
  try {
    await app.open();
    const onboarding = new OnboardingPage(app.page);
    const recoveryKey = await onboarding.create();
    const vault = new VaultSettingsPage(app.page);

    await app.answerSaveDialog(null);
    await vault.saveKit('text');
    await expect(vault.kitStatus).toHaveText('Nothing saved.');
    const textFile = path.join(out, 'kit.txt');
    await app.answerSaveDialog(textFile);
    await vault.saveKit('text');
    await expect(vault.kitStatus).toHaveText('Emergency kit saved.');
    expect(await readFile(textFile, 'utf8')).toContain(`Recovery key: ${recoveryKey}`);
    const pdfFile = path.join(out, 'kit.pdf');
    await app.answerSaveDialog(pdfFile);
    await vault.saveKit('PDF');
    await expect(vault.kitStatus).toHaveText('Emergency kit saved.');
    const pdf = await readFile(pdfFile);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (app.mode === 'chromium') expect(pdf.toString()).toContain(recoveryKey);
    await expectAccessible(app.page, 'First-run recovery key with the emergency kit');
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('closed before the recovery key is confirmed: a banner on every screen until a new key is confirmed', async ({
  app,
}) => {
  // Many steps (re-key, three reloads, axe in two themes) on a shared machine.
  test.slow();
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.create();
  const vault = new VaultSettingsPage(app.page);
  // The app is closed before the key is confirmed: every screen shows the banner.
  await app.open();
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
  await expect(vault.banner).toBeVisible();
  await new SettingsPage(app.page).goto();
  await expect(vault.banner).toBeVisible();
  await expectAccessible(app.page, 'Recovery-key banner');
  // "Make a new recovery key" leads to the re-key, whose confirmation ends the banner.
  await vault.banner.getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(app.page.locator('#rekey')).toBeInViewport();
  const settings = new SettingsPage(app.page);
  const newKey = await settings.rekey();
  await expect(vault.banner).toBeVisible();
  await onboarding.confirmRecovery(newKey);
  await expect(settings.rekeyDone).toBeVisible();
  await expect(vault.banner).toHaveCount(0);
  // The banner goes at once; the setting is written by core just after: a reload before that
  // write lands would still find it pending (a test's race, not a user's).
  await expect.poll(() => storedSettings(app.dir)).toMatchObject({ recoveryKeyPending: false });
  await app.open();
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
  await expect(vault.banner).toHaveCount(0);
});

test('the banner: "I have stored it" ends it for good', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).create();
  await app.open();
  const vault = new VaultSettingsPage(app.page);
  await expect(vault.banner).toBeVisible();
  await vault.banner.getByRole('button', { name: 'I have stored it' }).click();
  await expect(vault.banner).toHaveCount(0);
  await app.open();
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
  await expect(vault.banner).toHaveCount(0);
});

test('unlock: the button has focus, the reason for the lock is said, and the recovery key field reads look-alikes', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  const recoveryKey = await onboarding.createAndConfirm();

  await app.screenLocks();
  await expect(onboarding.unlockHeading).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Unlock', exact: true })).toBeFocused();
  await expect(app.page.getByTestId('lock-reason')).toHaveText(
    'The vault locked because the screen locked.',
  );
  await expectAccessible(app.page, 'Unlock after a screen lock');
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();

  // The recovery key as someone copies it by hand: lower case, spaces, O for 0, l for 1.
  await app.page.keyboard.press('Control+l');
  await app.forgetKeychainEntry();
  await app.page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  const field = app.page.getByLabel('Recovery key', { exact: true });
  await expect(field).toHaveAttribute('type', 'password');
  const sloppy = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
  await field.pressSequentially(sloppy);
  await expect(field).toHaveValue(recoveryKey);
  const show = app.page.getByRole('button', { name: 'Show the recovery key' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(field).toHaveAttribute('type', 'text');
  await expectAccessible(app.page, 'Recovery key field shown');
  await app.page.getByRole('button', { name: 'Recover', exact: true }).click();
  await expect(app.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
});

test.describe('without a system keychain', () => {
  test.use({ keychainMode: 'absent' });

  test('the passphrase cannot be removed, and Settings says why', async ({ app }) => {
    await app.open();
    await new OnboardingPage(app.page).createAndConfirm({ passphrase: FIRST });
    await new SettingsPage(app.page).goto();
    const vault = new VaultSettingsPage(app.page);
    const remove = vault.passphraseForm.getByRole('button', { name: 'Remove passphrase…' });
    await expect(remove).toBeDisabled();
    await expect(remove).toHaveAccessibleDescription(/no system keychain is reachable/);
    await expect(vault.lockProtection).toContainText('opens only with its passphrase');
    // The change still works: the vault stays passphrase-only.
    await vault.setPassphrase({ current: FIRST, next: SECOND });
    await expect(vault.passphraseDone).toContainText('Passphrase changed');
    expect(await VaultStore.describe(app.dir)).toMatchObject({
      hasPassphrase: true,
      keychainKept: false,
    });
  });
});
