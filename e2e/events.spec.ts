// Events from main: the screen locks (every revealed secret goes, the unlock screen shows) and
// a clicked reminder notification opens its key, after unlocking if needed.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

const sample = SAMPLE_KEYS[0]!;

test('a screen lock drops the revealed secret and shows the unlock screen', async ({ app }) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  await new KeysPage(app.page).open(sample.label);
  const key = new KeyPage(app.page);
  await key.revealSecret();
  await expect(key.revealed).toHaveText(sample.secret);
  await key.copySecret();
  await expect(key.countdown).toBeVisible();

  await app.screenLocks();
  await expect(onboarding.unlockHeading).toBeVisible();
  expect(await app.storeSnapshot()).not.toContain(sample.secret);
  expect(await app.page.content()).not.toContain(sample.secret);
  expect(await app.clipboardText()).toBe('');
});

test('a clicked notification opens its key, after unlocking when locked', async ({ app }) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  const [first, second] = await seedKeys(app.page, SAMPLE_KEYS.slice(0, 2));
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.rows).toHaveCount(2);

  await app.notificationClicked(second!);
  await expect(
    app.page.getByRole('heading', { level: 1, name: SAMPLE_KEYS[1]!.label }),
  ).toBeVisible();

  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();
  await app.notificationClicked(first!);
  await onboarding.unlock();
  await expect(app.page.getByRole('heading', { level: 1, name: sample.label })).toBeVisible();
});
