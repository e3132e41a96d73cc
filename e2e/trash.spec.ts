// A safety net: a removed key waits in the Trash (secret still encrypted), comes back with
// Restore, and Delete for good erases it.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { TrashPage } from './pages/trash-page';

const [first, second] = [SAMPLE_KEYS[0]!, SAMPLE_KEYS[1]!];

test('remove goes to the Trash; restore brings the key back with its secret; delete for good erases it', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [first, second]);
  await app.open();
  const keys = new KeysPage(app.page);
  const key = new KeyPage(app.page);
  const trash = new TrashPage(app.page);

  await keys.open(first.label);
  await key.moveToTrash();
  await expect(keys.row(first.label)).toHaveCount(0);
  let vault = await app.readVault();
  expect(vault.trash.map((t) => t.key.label)).toEqual([first.label]);
  expect(vault.trash[0]!.key.secret).toBe(first.secret);

  await trash.goto();
  await expect(trash.entry(first.label)).toContainText(/deleted for good on/);
  await trash.restore(first.label);
  await expect(app.page.getByRole('heading', { level: 1, name: first.label })).toBeVisible();
  await key.copySecret();
  await expect(key.countdown).toBeVisible();
  expect(await app.clipboardText()).toBe(first.secret);

  await keys.goto();
  await keys.open(second.label);
  await key.moveToTrash();
  await trash.goto();
  await trash.purge(second.label);
  await expect(app.page.getByText('The Trash is empty.')).toBeVisible();
  vault = await app.readVault();
  expect(vault.trash).toEqual([]);
  expect(vault.keys.map((k) => k.label)).toEqual([first.label]);
  expect(JSON.stringify(vault.removed)).not.toContain(second.secret);
});
