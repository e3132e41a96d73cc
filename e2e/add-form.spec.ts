// Issue 13 §1, the once-only secret: the key comes first, pasted values are cleaned and
// checked, leaving asks first, "Save now" saves with defaults, the service check opens over
// the form, and a lock that discards the draft says so on the unlock screen.
import { test, expect } from './harness/fixtures';
import { expectAccessible } from './harness/checks';
import { AddKeyPage } from './pages/add-key-page';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { ServicesPage } from './pages/workflow-pages';

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

test('the key comes first, pasted values are cleaned and checked, and leaving asks first', async ({
  app,
}) => {
  // Two axe passes in both themes on a shared 2-core machine.
  test.slow();
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const add = new AddKeyPage(app.page);
  await app.page.keyboard.press('Control+n');
  await expect(add.heading).toBeVisible();
  expect(await add.keyFieldsComeFirst()).toBe(true);

  // An empty form is not a vaguely named key; a vague name typed is.
  await expect(add.liveFindings.locator('[data-rule]').first()).toBeVisible();
  await expect(add.liveFindings.locator('[data-rule="vague-label"]')).toHaveCount(0);
  await app.page.getByLabel('Label').fill('New key');
  await expect(add.liveFindings.locator('[data-rule="vague-label"]')).toHaveCount(1);
  await app.page.getByLabel('Label').fill('');

  // Whitespace pasted with the key is removed and the form says so; the fingerprint to
  // compare with the exchange page; the exchange's format, as a hint.
  await expect(app.page.getByText('A Binance API key is 64 letters and digits.')).toBeVisible();
  await add.apiKeyField.fill(` ${API_KEY.slice(0, 30)}\n${API_KEY.slice(30)} `);
  await expect(add.apiKeyField).toHaveValue(API_KEY);
  await expect(
    app.page.getByText('Removed spaces and line breaks from the pasted API key.'),
  ).toBeVisible();
  await expect(add.fingerprint).toContainText('vmPU…Eh8A');

  // The API key pasted twice: a warning, not a refusal.
  await add.secretField.fill(API_KEY);
  await expect(add.mixupWarning).toContainText('The API key and the secret are the same');
  await add.secretField.fill(`${SECRET.slice(0, 20)} ${SECRET.slice(20)} `);
  await expect(add.secretField).toHaveValue(SECRET);
  await expect(add.mixupWarning).toHaveCount(0);
  await expect(
    app.page.getByText('Removed spaces and line breaks from the pasted secret.'),
  ).toBeVisible();
  // The fingerprint is of the API key only, never of the secret.
  await expect(add.fingerprint).not.toContainText(SECRET.slice(0, 4));

  // The eye shows the secret and masks it again.
  await expect(add.secretField).toHaveAttribute('type', 'password');
  await add.secretEye('Show').click();
  await expect(add.secretField).toHaveAttribute('type', 'text');
  await add.secretEye('Hide').click();
  await expect(add.secretField).toHaveAttribute('type', 'password');
  await expectAccessible(app.page, 'add form with a pasted key');

  // A tab, Ctrl+F, Ctrl+L and Cancel each ask first; "Keep editing" keeps the secret.
  await expect.poll(() => app.unsavedDraftHeld()).not.toBe(false);
  await app.page.getByRole('navigation').getByRole('button', { name: 'Services' }).click();
  await expect(add.discardDialog).toBeVisible();
  await expect(add.discardDialog).toContainText('The exchange will not show it again');
  await expectAccessible(app.page, 'discard this secret');
  await add.keepEditing();
  await app.page.keyboard.press('Control+f');
  await expect(add.discardDialog).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(add.discardDialog).toHaveCount(0);
  await app.page.keyboard.press('Control+l');
  await expect(add.discardDialog).toBeVisible();
  await add.keepEditing();
  await expect(add.heading).toBeVisible();
  await expect(add.secretField).toHaveValue(SECRET);

  await add.cancel();
  await add.discard();
  await expect(new KeysPage(app.page).emptyState).toBeVisible();
  expect((await app.readVault()).keys).toHaveLength(0);
  await expect.poll(() => app.unsavedDraftHeld()).not.toBe(true);
});

test('"Save now, finish the details later" saves the pasted key with the use case defaults', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const add = new AddKeyPage(app.page);
  await add.openWithButton();
  await app.page.getByLabel('Use case').selectOption({ label: 'Spot trading bot' });
  await add.apiKeyField.fill(API_KEY);
  await add.secretField.fill(SECRET);
  await add.saveNow();

  const key = new KeyPage(app.page);
  await expect(key.detail).toBeVisible();
  await expect(app.page.getByTestId('notice')).toContainText("with the use case's defaults");
  const vault = await app.readVault();
  expect(vault.keys).toHaveLength(1);
  expect(vault.keys[0]).toMatchObject({
    provider: 'binance',
    useCase: 'spot-bot',
    apiKey: API_KEY,
    secret: SECRET,
    permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
    ipWhitelist: [],
  });
  expect(vault.keys[0]!.label).toMatch(/^Binance key \d{4}-\d{2}-\d{2}$/);
  // Saved: nothing is held any more, leaving does not ask.
  await app.page.getByRole('navigation').getByRole('button', { name: 'Services' }).click();
  await expect(app.page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible();
  await expect(add.discardDialog).toHaveCount(0);
});

test('the service check opens over the form, which keeps its secret', async ({ app }) => {
  test.slow();
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  // A service recorded earlier but never checked.
  const services = new ServicesPage(app.page);
  await services.goto();
  await services.add('GridBot Cloud');
  const add = new AddKeyPage(app.page);
  await add.openWithButton();
  await add.fill({
    label: 'MoonBot - Spot',
    service: 'MoonBot Pro',
    apiKey: API_KEY,
    secret: SECRET,
  });
  await add.checkService();
  await expectAccessible(app.page, 'service check dialog');
  await add.answerServiceCheck('Promises unrealistic returns', 'Yes');
  await add.answerServiceCheck('Has no security documentation', 'No');
  await add.saveServiceCheck();
  await expect(app.page.getByTestId('notice')).toContainText('Check of "MoonBot Pro" saved.');
  await expect(app.page.getByText('1 red flag recorded for this service')).toBeVisible();
  await expect(add.heading).toBeVisible();
  await expect(add.secretField).toHaveValue(SECRET);
  const vault = await app.readVault();
  expect(vault.keys).toHaveLength(0);
  expect(vault.services.map((v) => v.name)).toEqual(['GridBot Cloud', 'MoonBot Pro']);
  expect(vault.services[1]!.assessment.flags).toMatchObject({
    'unrealistic-returns': 'yes',
    'no-security-docs': 'no',
  });

  // A service not checked yet: the hint asks for the check here, never sends the user away.
  await app.page.getByLabel('Service that uses this key').fill('GridBot Cloud');
  await expect(
    app.page.getByText('Not checked yet: check it before trusting it with this key.'),
  ).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Check this service' })).toBeVisible();
  await expect(add.heading.locator('xpath=ancestor::form')).not.toContainText('under Services');
});

test('the idle lock waits with a warning; a screen lock discards the unsaved key and says so', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  const add = new AddKeyPage(app.page);
  await add.openWithButton();
  await add.apiKeyField.fill(API_KEY);
  await add.secretField.fill(SECRET);
  await expect.poll(() => app.unsavedDraftHeld()).not.toBe(false);

  await expect(add.autoLockWarning).toHaveCount(0);
  await app.autoLockWaits(540);
  await expect(add.autoLockWarning).toContainText(/Keyward locks in [89]:\d\d/);
  await app.autoLockWaits(null);
  await expect(add.autoLockWarning).toHaveCount(0);

  await app.screenLocks();
  await expect(onboarding.unlockHeading).toBeVisible();
  await expect(app.page.getByTestId('discarded-draft')).toContainText(
    'The vault locked when the screen locked; the unsaved key was discarded.',
  );
  expect(await app.page.content()).not.toContain(SECRET);
  expect(await app.storeSnapshot()).not.toContain(SECRET);
  await expect.poll(() => app.unsavedDraftHeld()).not.toBe(true);

  // The next lock without a draft says nothing of one.
  await onboarding.unlock();
  await expect(new KeysPage(app.page).emptyState).toBeVisible();
  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();
  await expect(app.page.getByTestId('discarded-draft')).toHaveCount(0);
});
