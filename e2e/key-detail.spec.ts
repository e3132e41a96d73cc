// Key detail: copy with a visible countdown until the clipboard clears, a reveal that hides
// itself and leaves the store, edits saved to the vault, and the history.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

const sample = SAMPLE_KEYS[0]!;

test('copy shows a countdown; the clipboard is cleared when it runs out', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  const keys = new KeysPage(app.page);
  await keys.open(sample.label);
  const key = new KeyPage(app.page);

  await key.copySecret();
  await expect(key.countdown).toHaveText(/Clipboard clears in (30|29|28|27) s/);
  expect(await app.clipboardText()).toBe(sample.secret);
  // The page never received the secret for the copy.
  expect(await app.page.content()).not.toContain(sample.secret);
  expect(await app.storeSnapshot()).not.toContain(sample.secret);

  await app.advanceClock(31_000);
  await expect(key.clipboardState).toHaveText('Clipboard cleared');
  expect(await app.clipboardText()).toBe('');

  await key.copyApiKey();
  await expect(key.countdown).toBeVisible();
  expect(await app.clipboardText()).toBe(sample.apiKey);

  const vault = await app.readVault();
  const copied = vault.keys[0]!.history.filter((e) => e.type === 'copied');
  expect(copied.map((e) => e.detail)).toEqual(['secret copied', 'API key copied']);
});

test('reveal shows the secret for at most 30 s, then drops it from the page and the store', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  await new KeysPage(app.page).open(sample.label);
  const key = new KeyPage(app.page);

  await key.revealSecret();
  await expect(key.revealed).toHaveText(sample.secret);
  await expect(app.page.getByText(/Hides in \d+ s/)).toBeVisible();
  expect(await app.storeSnapshot()).toContain(sample.secret); // the one revealed value
  await key.hide();
  expect(await app.storeSnapshot()).not.toContain(sample.secret);
  expect(await app.page.content()).not.toContain(sample.secret);

  // Left alone, it hides itself (page time runs fast here, the rule is the same).
  await app.page.clock.install();
  await key.revealSecret();
  await expect(key.revealed).toHaveText(sample.secret);
  await app.page.clock.runFor(31_000);
  await expect(key.revealed).toHaveCount(0);
  expect(await app.storeSnapshot()).not.toContain(sample.secret);

  const history = (await app.readVault()).keys[0]!.history.map((e) => e.type);
  expect(history.filter((t) => t === 'revealed')).toHaveLength(2);
});

test('main asks before a secret leaves; refused, nothing is copied or shown', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  await new KeysPage(app.page).open(sample.label);
  const key = new KeyPage(app.page);

  await app.answerSecretAccess('refuse');
  await key.copySecret();
  await expect(app.page.getByTestId('notice')).toContainText('Not confirmed');
  expect(await app.clipboardText()).toBe('');
  await key.revealSecret();
  await expect(app.page.getByTestId('notice')).toContainText('Not confirmed');
  await expect(key.revealed).toHaveCount(0);
  expect(await app.storeSnapshot()).not.toContain(sample.secret);

  // The API key is copied without asking.
  await key.copyApiKey();
  await expect(key.countdown).toBeVisible();
  expect(await app.clipboardText()).toBe(sample.apiKey);

  // One yes covers the next copy and reveal.
  await app.answerSecretAccess('approve');
  await key.copySecret();
  await expect(key.countdown).toContainText('Secret copied.');
  expect(await app.clipboardText()).toBe(sample.secret);
  await key.revealSecret();
  await expect(key.revealed).toHaveText(sample.secret);
  if (app.mode === 'chromium') {
    expect(app.secretAccessAsked()).toEqual([
      { label: sample.label, action: 'copy', field: 'secret', kind: 'confirm' },
      { label: sample.label, action: 'reveal', field: 'secret', kind: 'confirm' },
      { label: sample.label, action: 'copy', field: 'secret', kind: 'confirm' },
    ]);
  }
  const history = (await app.readVault()).keys[0]!.history.map((e) => e.detail);
  expect(history.filter((d) => d === 'secret copied')).toHaveLength(1);
});

test('editing a key saves to the vault and shows in its history', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [SAMPLE_KEYS[1]!]);
  await app.open();
  await new KeysPage(app.page).open('CoinTracker - Read Only');
  const key = new KeyPage(app.page);
  await expect(key.findings.locator('[data-rule="no-ip-whitelist"]')).toBeVisible();

  await key.edit({ label: 'CoinTracker - Portfolio', ips: ['34.120.0.1'] });
  await expect(
    app.page.getByRole('heading', { level: 1, name: 'CoinTracker - Portfolio' }),
  ).toBeVisible();
  await expect(key.findings).toHaveCount(0);
  await expect(key.history.locator('li[data-type="edited"]')).toBeVisible();

  const saved = (await app.readVault()).keys[0]!;
  expect(saved.label).toBe('CoinTracker - Portfolio');
  expect(saved.ipWhitelist).toEqual(['34.120.0.1']);
});

test('an abandoned rotation loses nothing; deleting a key asks first and empties the vault', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  const keys = new KeysPage(app.page);
  await keys.open(sample.label);
  const key = new KeyPage(app.page);

  await key.startRotation();
  await app.page.getByRole('button', { name: 'Start rotation' }).click();
  await app.page.getByRole('button', { name: 'Abandon rotation' }).click();
  await expect(app.page.getByRole('button', { name: 'Start rotation' })).toBeVisible();
  const saved = (await app.readVault()).keys[0]!;
  expect(saved).toMatchObject({ status: 'active', rotation: null, secret: sample.secret });

  await keys.goto();
  await keys.open(sample.label);
  await app.page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(app.page.getByRole('alert')).toContainText('Delete it at the exchange too');
  expect((await app.readVault()).keys).toHaveLength(1); // nothing deleted before confirming
  await app.page.getByRole('alert').getByRole('button', { name: 'Move to Trash' }).click();
  await expect(keys.emptyState).toBeVisible();
  expect((await app.readVault()).keys).toEqual([]);
});
