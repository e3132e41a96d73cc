// Adding a key: use case first, live findings before saving, IP validation, the "shown only
// once" notice; afterwards the secret is in the vault and nowhere in the page.
import { test, expect } from './harness/fixtures';
import { AddKeyPage } from './pages/add-key-page';
import { KeyPage } from './pages/key-page';
import { OnboardingPage } from './pages/onboarding-page';

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';

test('an extra permission shows its finding before saving; the secret leaves the page after', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const add = new AddKeyPage(app.page);
  await app.page.keyboard.press('Control+n');
  await expect(add.heading).toBeVisible();

  // The use case pre-sets least privilege.
  await add.chooseUseCase('Binance', 'Spot trading bot');
  await expect(add.permission('Read')).toBeChecked();
  await expect(add.permission('Spot & Margin Trading')).toBeChecked();
  await expect(add.permission('Futures Trading')).not.toBeChecked();
  await expect(add.permission('Withdrawals')).not.toBeChecked();

  // Ticking an extra permission shows the finding it causes, live.
  await expect(add.permissionFinding('Futures Trading')).toHaveCount(0);
  await add.permission('Futures Trading').check();
  await expect(add.permissionFinding('Futures Trading')).toContainText(
    'Futures Trading, which a spot trading bot key does not need',
  );
  await add.permission('Withdrawals').check();
  await expect(add.permissionFinding('Withdrawals').first()).toContainText('can withdraw funds');
  await expect(add.liveFindings.locator('[data-severity="critical"]').first()).toBeVisible();
  await add.permission('Withdrawals').uncheck();
  await add.permission('Futures Trading').uncheck();
  await expect(add.permissionFinding('Futures Trading')).toHaveCount(0);

  // IP whitelist validation, line by line.
  await add.fill({
    provider: 'Binance',
    useCase: 'Spot trading bot',
    label: '3Commas - Trading Bot',
    account: 'main',
    ips: ['203.0.113.10', '10.0.0.300'],
    service: '3Commas',
    apiKey: API_KEY,
    secret: SECRET,
  });
  await expect(add.ipErrors).toContainText('Line 2');
  await expect(add.onceNotice).toBeVisible();
  await add.save();
  await expect(app.page.getByRole('alert')).toContainText('Fix the highlighted fields first');
  await app.page.getByLabel('IP whitelist').fill('203.0.113.10\n2001:db8::/48');
  await expect(add.ipErrors).toHaveCount(0);
  await add.save();

  // The key page, and the secret is nowhere in the page or its stores.
  const key = new KeyPage(app.page);
  await expect(key.detail).toBeVisible();
  await expect(app.page.getByTestId('notice')).toContainText('Saved "3Commas - Trading Bot"');
  await expect(key.fingerprint).toHaveText('vmPU…Eh8A');
  const html = await app.page.content();
  expect(html).not.toContain(SECRET);
  expect(html).not.toContain(API_KEY);
  const inputs: string[] = [];
  for (const field of await app.page.locator('input, textarea').all()) {
    inputs.push(await field.inputValue());
  }
  expect(inputs.join('\n')).not.toContain(SECRET);
  const stores = await app.storeSnapshot();
  expect(stores).not.toContain(SECRET);
  expect(stores).not.toContain(API_KEY);

  // The vault holds exactly what was entered.
  const vault = await app.readVault();
  expect(vault.keys).toHaveLength(1);
  const saved = vault.keys[0]!;
  expect(saved).toMatchObject({
    label: '3Commas - Trading Bot',
    provider: 'binance',
    account: 'main',
    useCase: 'spot-bot',
    keyType: 'hmac',
    apiKey: API_KEY,
    secret: SECRET,
    permissions: { read: true, spotMargin: true, futures: false, withdrawals: false },
    ipWhitelist: ['203.0.113.10', '2001:db8::/48'],
    status: 'active',
  });
  expect(vault.services.map((s) => s.name)).toEqual(['3Commas']);
  expect(saved.serviceId).toBe(vault.services[0]!.id);
});

test('generating an Ed25519 pair shows the public key PEM to paste into the exchange', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const add = new AddKeyPage(app.page);
  await add.openWithButton();
  await add.fill({
    useCase: 'Portfolio tracking',
    label: 'Koinly - Read Only',
    ips: ['192.0.2.1'],
  });
  await add.chooseGenerate();
  await expect(add.onceNotice).toHaveCount(0);
  await add.generate();

  const pem = app.page.getByTestId('public-key-pem');
  await expect(pem).toContainText('-----BEGIN PUBLIC KEY-----');
  await expect(app.page.getByRole('button', { name: 'Copy public key' })).toBeVisible();
  const shownPem = (await pem.textContent())?.trim();

  const vault = await app.readVault();
  expect(vault.keys).toHaveLength(1);
  const saved = vault.keys[0]!;
  expect(saved.keyType).toBe('ed25519');
  expect(saved.publicKeyPem?.trim()).toBe(shownPem);
  expect(saved.secret).toContain('PRIVATE KEY');
  expect(await app.page.content()).not.toContain(saved.secret.split('\n')[1] ?? 'x');

  // The exchange then gives an API key, recorded on the key's page.
  await app.page.getByRole('button', { name: 'Open the key' }).click();
  await app.page
    .getByLabel('Record the API key the exchange gave you')
    .fill('EdPubApiKey0123456789');
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(new KeyPage(app.page).fingerprint).toHaveText('EdPu…6789');
  expect((await app.readVault()).keys[0]!.apiKey).toBe('EdPubApiKey0123456789');
});

test('a control or bidi character is shown as an error next to its field, and nothing is saved', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const add = new AddKeyPage(app.page);
  await add.openWithButton();
  await add.fill({
    label: 'Koinly \u202eylnO daeR',
    ips: ['192.0.2.1'],
    apiKey: API_KEY,
    secret: SECRET,
  });
  await add.notes.fill('line one\nline two \u001b]52;c;eA==\u0007');
  await expect(add.fieldError('Label')).toContainText('Remove the invisible character U+202E');
  await expect(add.fieldError('Notes (optional)')).toContainText('U+001B');
  await add.save();
  await expect(app.page.getByRole('alert')).toContainText('Fix the highlighted fields first');
  expect((await app.readVault()).keys).toHaveLength(0);

  // Line breaks stay fine in notes; once the characters are gone the key saves.
  await app.page.getByLabel('Label').fill('Koinly - Read Only');
  await add.notes.fill('line one\nline two');
  await expect(add.fieldError('Label')).toHaveCount(0);
  await expect(add.fieldError('Notes (optional)')).toHaveCount(0);
  await add.save();
  await expect(new KeyPage(app.page).detail).toBeVisible();
  expect((await app.readVault()).keys.map((k) => k.notes)).toEqual(['line one\nline two']);
});
