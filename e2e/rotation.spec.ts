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

test('a self-generated Ed25519 key rotates to a new pair whose public key is shown', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const generated = await app.page.evaluate<{ ok: boolean; value: { key: { id: string } } }>(
    `window.keyward.keys.generate({ label: 'Koinly - Read Only', provider: 'binance', useCase: 'tax-reports', ipWhitelist: ['192.0.2.7'] })`,
  );
  const keyId = generated.value.key.id;
  const before = (await app.readVault()).keys[0]!;
  await app.open();
  await new KeysPage(app.page).open('Koinly - Read Only');
  await new KeyPage(app.page).startRotation();

  const rotation = new RotationPage(app.page);
  await rotation.start();
  await app.page.getByRole('button', { name: 'Generate a new Ed25519 pair' }).click();
  const pem = app.page.getByTestId('rotation-pem');
  await expect(pem).toContainText('-----BEGIN PUBLIC KEY-----');
  const newPem = (await pem.textContent())?.trim();
  expect(newPem).not.toBe(before.publicKeyPem?.trim());
  await rotation.markDone('service-updated');
  await rotation.markDone('confirmed-working');
  // The old key cannot be retired before the exchange's API key for the new one is recorded.
  const finish = app.page.getByRole('button', { name: 'I deleted the old key: finish' });
  await expect(finish).toBeDisabled();
  await app.page
    .getByLabel('API key the exchange gave for the new public key')
    .fill('NewEd25519ApiKey0123456789');
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(rotation.step('new-key-created')).toContainText('NewE…6789');
  await rotation.finish();
  await expect(app.page.getByTestId('notice')).toContainText('Rotation finished');

  const saved = (await app.readVault()).keys.find((k) => k.id === keyId)!;
  expect(saved.apiKey).toBe('NewEd25519ApiKey0123456789');
  expect(saved.publicKeyPem?.trim()).toBe(newPem);
  expect(saved.secret).not.toBe(before.secret);
  expect(saved.status).toBe('active');
});
