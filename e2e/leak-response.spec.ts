// "I think this key leaked": the eight steps in order, time-stamped with notes; the key is
// compromised from the start and revoked at the end.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { LeakPage, SettingsPage } from './pages/workflow-pages';

const sample = SAMPLE_KEYS[0]!;

test('the leak checklist marks the key compromised, stamps each step and ends revoked', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [sample]);
  await app.open();
  const keys = new KeysPage(app.page);
  await keys.open(sample.label);
  const key = new KeyPage(app.page);
  // On every key page, outlined rather than the loudest element (issue 13 §2).
  await expect(key.leakButton).toHaveClass(/leak-outline/);
  await key.leakButton.click();

  const leak = new LeakPage(app.page);
  await expect(leak.heading).toBeVisible();
  await leak.start();
  await expect(app.page.getByTestId('leak-response').getByTestId('status')).toHaveText(
    /Compromised/,
  );
  let vault = await app.readVault();
  expect(vault.keys[0]!.status).toBe('compromised');

  // Step 1 links to the exchange's API page, through main's allowlist.
  await leak
    .step(1)
    .getByRole('button', { name: /API management page at Binance/ })
    .click();
  await expect(app.page.getByTestId('notice')).toHaveCount(0);
  if (app.mode === 'chromium') {
    await expect
      .poll(() => app.openedLinks())
      .toEqual(['https://www.binance.com/en/my/settings/api-management']);
  }

  // In order: step 2 waits for step 1.
  await expect(app.page.getByRole('button', { name: 'Mark step 2 done' })).toBeDisabled();
  await leak.markDone(1, 'Deleted in the Binance API console');
  await leak.markDone(2, 'No orders or withdrawals I did not make');
  for (const n of [3, 4, 5, 6, 7, 8]) await leak.markDone(n);
  await expect(leak.step(1)).toContainText('Deleted in the Binance API console');
  await expect(leak.step(1).getByTestId('leak-done-1')).toContainText('Done');

  vault = await app.readVault();
  const incident = vault.keys[0]!.incident!;
  expect(incident.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(incident.steps[0]!.note).toBe('Deleted in the Binance API console');
  for (const s of incident.steps) expect(Date.parse(s.at)).not.toBeNaN();
  expect(vault.keys[0]!.history.filter((e) => e.type === 'incident-step')).toHaveLength(8);

  await leak.finish();
  await expect(app.page.getByText(/Leak response finished/)).toBeVisible();
  vault = await app.readVault();
  expect(vault.keys[0]!.status).toBe('revoked');
  expect(vault.keys[0]!.incident!.finishedAt).not.toBeNull();

  // The end offers re-keying the vault, in case its own passphrase or recovery key leaked too.
  await leak.rekeyLink.click();
  await expect(new SettingsPage(app.page).rekeyHeading).toBeVisible();

  await keys.goto();
  await expect(keys.row(sample.label).getByTestId('status')).toHaveText('Revoked');
});
