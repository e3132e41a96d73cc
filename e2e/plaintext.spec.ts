// Issue 12 in the app: import keys from a .env file picked in main's native dialog (scripted
// here), then find a planted plaintext copy of a stored secret, grouped under its key with
// the fix. No screen ever shows a secret.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expectAccessible } from './harness/checks';
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { ImportPage, ScanPage } from './pages/plaintext-pages';

const BINANCE_KEY = 'Qw3rTy7UiOp9AsDfGh1JkLzXcVbNm2Qw3rTy7UiOp9AsDfGh1JkLzXcVbNm2AbCd';
const BINANCE_SECRET = 'Zx8CvBn4MlKjHgFdSa2PoIuYtReWq6Zx8CvBn4MlKjHgFdSa2PoIuYtReWq6EfGh';
const KRAKEN_KEY = 'KrakenKeyForTheImportSpec0123456789abcdefghijklmnopqrstuv';
const KRAKEN_SECRET = 'S3cr3tKrakenValueForTheImportSpec0123456789abcdefghijklmnopqrstuvwxyz==';

let folder = '';
test.beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'keyward-e2e-plain-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('import from a .env: preview with masked keys, edited label and use case, unticked key left out, closing advice', async ({
  app,
}) => {
  const env = path.join(folder, 'bot.env');
  const text = [
    `BINANCE_API_KEY=${BINANCE_KEY}`,
    `BINANCE_API_SECRET=${BINANCE_SECRET}`,
    `KRAKEN_API_KEY=${KRAKEN_KEY}`,
    `KRAKEN_API_SECRET=${KRAKEN_SECRET}`,
    'OKX_API_KEY=okxKeyWithoutItsPassphrase123456',
    'OKX_API_SECRET=okxSecretWithoutItsPassphrase123456',
    '',
  ].join('\n');
  await writeFile(env, text);
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await app.answerPathDialog('import-file', [env]);

  const page = new ImportPage(app.page);
  await page.goto();
  await page.chooseFile();
  await expect(page.rows).toHaveCount(2);
  await expect(page.row(0)).toContainText('Binance');
  await expect(page.row(0)).toContainText(BINANCE_KEY.slice(0, 4));
  await expect(page.skipped).toContainText('passphrase');
  // Nothing on the screen holds a secret or a whole API key.
  const shown = await app.page.locator('body').innerText();
  for (const value of [BINANCE_KEY, BINANCE_SECRET, KRAKEN_KEY, KRAKEN_SECRET]) {
    expect(shown).not.toContain(value);
  }

  await expectAccessible(app.page, 'import preview');

  await page.setLabel(0, 'Freqtrade - Binance');
  await page.setUseCase(0, 'spot-bot');
  await page.untick(1);
  await page.importChosen();
  await expect(page.result).toContainText('1 key imported.');
  await expect(page.advice).toContainText(`${env} still holds these secrets in plain text`);
  await expect(page.advice).toContainText('keyward exec');

  const vault = await app.readVault();
  expect(vault.keys.map((k) => [k.label, k.provider, k.useCase, k.apiKey, k.secret])).toEqual([
    ['Freqtrade - Binance', 'binance', 'spot-bot', BINANCE_KEY, BINANCE_SECRET],
  ]);
  // The source file is left as it was.
  expect(await readFile(env, 'utf8')).toBe(text);
  await new KeysPage(app.page).goto();
  await expect(app.page.getByText('Freqtrade - Binance')).toBeVisible();
  expect(await app.storeSnapshot()).not.toContain(BINANCE_SECRET);
});

test('scan a folder: the planted copy of a stored secret is shown under its key with the fix', async ({
  app,
}) => {
  const [planted, other] = [SAMPLE_KEYS[0]!, SAMPLE_KEYS[1]!];
  await writeFile(path.join(folder, 'notes.txt'), 'nothing here\n');
  await writeFile(
    path.join(folder, 'config.yaml'),
    `exchange:\n  name: binance\n  secret: "${planted.secret}"\n`,
  );
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [planted, other]);
  await app.open();
  await app.answerPathDialog('scan-folders', [folder]);

  const page = new ScanPage(app.page);
  await page.goto();
  await page.chooseFolders();
  await expect(page.folders).toContainText(folder);
  await page.start();
  await expect(page.result).toContainText('Scanned 2 files');
  await expect(page.groups).toHaveCount(1);
  const group = page.group(planted.label);
  await expect(group).toContainText(`${path.join(folder, 'config.yaml')} line 3: secret`);
  await expect(group.getByTestId('scan-findings')).toContainText('Delete the copy');
  await expect(page.group(other.label)).toHaveCount(0);
  await expectAccessible(app.page, 'scan results');
  expect(await app.page.locator('body').innerText()).not.toContain(planted.secret);

  // The hit is stored in the vault: a finding on that key, outside this screen too.
  const vault = await app.readVault();
  expect(vault.scan?.hits.map((h) => [h.path, h.line, h.field])).toEqual([
    [path.join(folder, 'config.yaml'), 3, 'secret'],
  ]);
});
