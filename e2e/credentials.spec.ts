// Issue 10 in the app: the add form changes with the exchange. An OKX key is saved with its
// API passphrase (masked) on its regional host, a Coinbase key with its key name and a
// multi-line EC private key; the OKX passphrase is copied like the secret and never reaches
// the page; a demo key is marked in the list.
import { generateKeyPairSync } from 'node:crypto';
import { test, expect } from './harness/fixtures';
import { AddKeyPage } from './pages/add-key-page';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

const OKX = {
  apiKey: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d',
  secret: '0123456789ABCDEF0123456789ABCDEF',
  passphrase: 'Okx-Pass-7f3#Qz',
};
const COINBASE_NAME = 'organizations/0a1b2c3d-org/apiKeys/9f8e7d6c-key';
const EC_PEM = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .privateKey.export({ type: 'sec1', format: 'pem' })
  .toString();

test('an OKX key with its passphrase and a Coinbase key; the passphrase copies like the secret', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const add = new AddKeyPage(app.page);

  // OKX: one Trade switch, its passphrase masked, the EEA host, demo trading.
  await app.page.keyboard.press('Control+n');
  await add.fill({
    provider: 'OKX',
    useCase: 'Spot trading bot',
    label: 'OKX - Grid Bot',
    ips: ['203.0.113.7'],
  });
  await expect(app.page.getByRole('checkbox', { name: /^Trade/ })).toBeChecked();
  await expect(app.page.getByRole('checkbox', { name: /Futures/ })).toHaveCount(0);
  await add.fillCredentials({ environment: 'Demo trading', host: 'eea.okx.com' });
  await app.page.getByRole('textbox', { name: 'API key', exact: true }).fill(OKX.apiKey);
  await app.page.getByLabel('Secret key', { exact: true }).fill(OKX.secret);
  await expect(app.page.getByLabel('API passphrase', { exact: true })).toHaveAttribute(
    'type',
    'password',
  );
  // Without the passphrase the form refuses to save.
  await add.save();
  await expect(app.page.getByRole('alert')).toContainText('Fix the highlighted fields first');
  await add.fillCredentials({ passphrase: OKX.passphrase });
  await add.save();
  const key = new KeyPage(app.page);
  await expect(key.detail).toContainText('eea.okx.com');
  await expect(key.detail).toContainText('Demo trading');

  await key.copyPassphrase();
  await expect(key.countdown).toContainText('API passphrase copied.');
  expect(await app.clipboardText()).toBe(OKX.passphrase);
  expect(await app.page.content()).not.toContain(OKX.passphrase);
  expect(await app.storeSnapshot()).not.toContain(OKX.passphrase);

  // Coinbase: key name and a multi-line EC private key; the key type follows the key.
  await app.page.keyboard.press('Control+n');
  await add.fill({
    provider: 'Coinbase',
    useCase: 'Portfolio tracking',
    label: 'Coinbase - Tracker',
  });
  await add.fillCredentials({ keyName: COINBASE_NAME, privateKey: EC_PEM });
  await add.save();
  await expect(key.detail).toContainText('EC (ECDSA');
  await expect(key.detail).toContainText('api.coinbase.com');

  const vault = await app.readVault();
  const okx = vault.keys.find((k) => k.label === 'OKX - Grid Bot')!;
  expect(okx).toMatchObject({
    provider: 'okx',
    host: 'eea.okx.com',
    environment: 'demo',
    passphrase: OKX.passphrase,
    permissions: { read: true, spotMargin: true, futures: true, withdrawals: false },
  });
  expect(okx.history.filter((e) => e.type === 'copied').map((e) => e.detail)).toEqual([
    'API passphrase copied',
  ]);
  const coinbase = vault.keys.find((k) => k.label === 'Coinbase - Tracker')!;
  expect(coinbase).toMatchObject({
    keyType: 'ecdsa',
    apiKey: COINBASE_NAME,
    secret: EC_PEM.trim(),
  });

  // The demo key is marked in the list.
  const keys = new KeysPage(app.page);
  await keys.goto();
  await expect(keys.row('OKX - Grid Bot').getByTestId('practice-badge')).toHaveText('Demo');
  await expect(keys.row('Coinbase - Tracker').getByTestId('practice-badge')).toHaveCount(0);
});
