// The rotation wizard: DOMAIN.md's four steps; finishing replaces the key material.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { RotationPage } from './pages/workflow-pages';

const sample = SAMPLE_KEYS[0]!;
const NEW_API_KEY = 'NeWaPiKeY0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU';
const NEW_SECRET = 'NeWsEcReT0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST';

test('rotating a key walks four steps and replaces the key material', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  await new KeysPage(app.page).open(sample.label);
  const key = new KeyPage(app.page);
  await key.startRotation();

  const rotation = new RotationPage(app.page);
  await rotation.start();
  expect((await app.readVault()).keys[0]!.status).toBe('rotating');
  await expect(rotation.step('service-updated').getByRole('button')).toBeDisabled();
  await rotation.recordNew(NEW_API_KEY, NEW_SECRET);
  await expect(rotation.step('new-key-created')).toContainText('NeWa…RSTU');
  expect(await app.page.content()).not.toContain(NEW_SECRET);
  expect(await app.storeSnapshot()).not.toContain(NEW_SECRET);
  await rotation.markDone('service-updated');
  await rotation.markDone('confirmed-working');
  await rotation.finish();

  await expect(app.page.getByTestId('notice')).toContainText('Rotation finished');
  await expect(key.fingerprint).toHaveText('NeWa…RSTU');
  const saved = (await app.readVault()).keys[0]!;
  expect(saved.apiKey).toBe(NEW_API_KEY);
  expect(saved.secret).toBe(NEW_SECRET);
  expect(saved.status).toBe('active');
  expect(saved.rotation).toBeNull();
  expect(saved.history.map((e) => e.type)).toContain('rotation-finished');
});
