// Findings as a to-do list: a finding the key needs by design is accepted until a day, with a
// reason; it shows as accepted, leaves the row's count, and the acceptance can be withdrawn.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

const treasury = SAMPLE_KEYS[2]!; // auto-transfer, no IP whitelist: withdrawals is critical

test('accept a finding until a day with a reason, then withdraw the acceptance', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [treasury]);
  await app.open();
  await new KeysPage(app.page).open(treasury.label);
  const key = new KeyPage(app.page);
  const withdrawals = key.findings.locator('[data-rule="withdrawals-enabled"]');
  await expect(withdrawals).toHaveAttribute('data-severity', 'critical');

  await withdrawals.getByRole('button', { name: 'Accept this risk until…' }).click();
  await withdrawals.getByLabel('Why this key needs it').fill('Sweeps to cold storage by design');
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await withdrawals.getByLabel('Accepted through').fill(day);
  await withdrawals.getByRole('button', { name: 'Accept the risk' }).click();

  await expect(withdrawals).toHaveAttribute('data-accepted', 'true');
  await expect(withdrawals.getByTestId('accepted-risk')).toContainText(
    'Sweeps to cold storage by design',
  );
  const saved = (await app.readVault()).keys[0]!;
  expect(saved.acceptedRisks?.map((r) => [r.rule, r.note])).toEqual([
    ['withdrawals-enabled', 'Sweeps to cold storage by design'],
  ]);
  await expect(key.history).toContainText('Risk accepted');

  await withdrawals.getByRole('button', { name: 'Withdraw the acceptance' }).click();
  await expect(withdrawals).not.toHaveAttribute('data-accepted', 'true');
  expect((await app.readVault()).keys[0]!.acceptedRisks).toEqual([]);
});
