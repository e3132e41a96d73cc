// Findings as a to-do list: grouped by key with counts, a count on the Findings tab, actions
// inside a finding, and the Needs attention strip on the Keys screen with its snoozes.
import { test, expect } from './harness/fixtures';
import { expectAccessible } from './harness/checks';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { AttentionStrip, FindingGroups } from './pages/todo-pages';
import { FindingsPage } from './pages/workflow-pages';
import { findings } from '../shared/findings';

const DAY = 86_400_000;
const treasury = SAMPLE_KEYS[2]!; // auto-transfer, no IP whitelist, rotated every 365 days

test('findings are grouped by key with counts; the Findings tab counts the open ones', async ({
  app,
}) => {
  test.setTimeout(150_000); // axe over every finding, in two themes, on two shared cores
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const ids = await seedKeys(app.page, SAMPLE_KEYS);
  await app.open();
  const page = new FindingsPage(app.page);
  const groups = new FindingGroups(app.page);
  await page.goto();

  const expected = findings(await app.readVault(), new Date());
  await expect(groups.tabCount).toHaveText(String(expected.length));
  const about = new Set(expected.map((f) => f.keyId ?? null));
  await expect(groups.groups).toHaveCount(about.size);
  await expect(page.items).toHaveCount(expected.length);
  for (const keyId of about) {
    const mine = expected.filter((f) => (f.keyId ?? null) === keyId);
    await expect(groups.group(keyId).locator('li')).toHaveCount(mine.length);
    await expect(groups.group(keyId).getByTestId('finding-group-count')).toHaveText(
      `${mine.length} open`,
    );
  }
  // The key with the critical finding first; its heading opens it.
  const treasuryId = ids[2]!;
  await expect(groups.groups.first()).toHaveAttribute('data-key-id', treasuryId);
  await expectAccessible(app.page, 'findings grouped by key');
  await groups.groups
    .first()
    .getByRole('button', { name: `Open "${treasury.label}"` })
    .click();
  await expect(app.page.getByRole('heading', { level: 1, name: treasury.label })).toBeVisible();

  // Accepting a finding takes it out of the tab's count.
  const withdrawals = new KeyPage(app.page).findings.locator('[data-rule="withdrawals-enabled"]');
  await withdrawals.getByRole('button', { name: 'Accept this risk until…' }).click();
  await withdrawals.getByLabel('Why this key needs it').fill('Sweeps to cold storage by design');
  await withdrawals.getByRole('button', { name: 'Accept the risk' }).click();
  await expect(withdrawals).toHaveAttribute('data-accepted', 'true');
  await expect(groups.tabCount).toHaveText(String(expected.length - 1));
  await page.goto();
  await expect(groups.group(treasuryId).getByTestId('finding-group-count')).toHaveText(
    `${expected.filter((f) => f.keyId === treasuryId).length - 1} open · 1 accepted`,
  );
});

test('actions inside a finding: set 90 days, edit the IP whitelist, start rotation', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const [botId, treasuryId] = await seedKeys(app.page, [
    { ...SAMPLE_KEYS[0]!, rotationIntervalDays: 10 },
    treasury,
  ]);
  await app.open();
  const page = new FindingsPage(app.page);
  const groups = new FindingGroups(app.page);
  await page.goto();

  // Rotated only every 365 days: one click sets 90 through the ordinary edit.
  const tooLong = groups.group(treasuryId!).locator('li[data-rule="rotation-interval-too-long"]');
  await tooLong.getByRole('button', { name: 'Set rotation to 90 days' }).click();
  await expect(tooLong).toHaveCount(0);
  const saved = (await app.readVault()).keys.find((k) => k.id === treasuryId)!;
  expect(saved.rotationIntervalDays).toBe(90);
  await expect(
    app.page.getByText(`Rotation of "${treasury.label}" set to every 90 days.`),
  ).toBeVisible();

  // No IP whitelist: opens the key's edit form with the IP field focused.
  await groups
    .group(treasuryId!)
    .locator('li[data-rule="no-ip-whitelist"]')
    .getByRole('button', { name: 'Edit the IP whitelist' })
    .click();
  await expect(app.page.getByRole('heading', { level: 1, name: treasury.label })).toBeVisible();
  await expect(app.page.locator('#edit-ip')).toBeFocused();
  // The key's own findings offer the actions too, the edit form's live findings do not.
  await expect(
    new KeyPage(app.page).findings
      .locator('[data-rule="no-ip-whitelist"]')
      .getByRole('button', { name: 'Edit the IP whitelist' }),
  ).toBeVisible();
  await expect(app.page.locator('form').getByTestId('finding-actions')).toHaveCount(0);

  // Due for rotation: opens the rotation wizard for that key.
  await page.goto();
  await groups
    .group(botId!)
    .locator('li[data-rule="rotation-due"]')
    .getByRole('button', { name: 'Start rotation' })
    .click();
  await expect(app.page.getByTestId('rotation')).toBeVisible();
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText(SAMPLE_KEYS[0]!.label);
});

test('Needs attention on the Keys screen: snooze 1 week, or until a day, kept by core', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const [botId, trackerId] = await seedKeys(app.page, [
    { ...SAMPLE_KEYS[0]!, rotationIntervalDays: 10 },
    { ...SAMPLE_KEYS[1]!, rotationIntervalDays: 12 },
  ]);
  await app.open();
  const keys = new KeysPage(app.page);
  const strip = new AttentionStrip(app.page);
  await expect(keys.heading).toBeVisible();
  const bot = strip.item(SAMPLE_KEYS[0]!.label);
  const tracker = strip.item(SAMPLE_KEYS[1]!.label);
  await expect(bot).toContainText('Key rotation coming up');
  await expect(tracker).toBeVisible();
  test.setTimeout(150_000); // axe in two themes, two reloads
  await bot.getByRole('button', { name: 'Snooze until…' }).click();
  await expectAccessible(app.page, 'keys with the Needs attention strip');
  await bot.getByRole('button', { name: 'Snooze until…' }).click();

  await bot.getByRole('button', { name: 'Snooze 1 week' }).click();
  await expect(bot).toHaveCount(0);
  const day = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
  await strip.snoozeUntil(SAMPLE_KEYS[1]!.label, day);
  await expect(tracker).toHaveCount(0);
  const snoozed = (await strip.coreReminders()).filter((r) => r.keyId !== null);
  expect(snoozed.map((r) => [r.keyId, r.snoozed]).sort()).toEqual(
    [
      [botId, true],
      [trackerId, true],
    ].sort(),
  );

  // Kept across a reload; a week later the bot's reminder (now its next stage) is back.
  await app.open();
  await expect(keys.heading).toBeVisible();
  await expect(bot).toHaveCount(0);
  await expect(tracker).toHaveCount(0);
  await app.advanceClock(8 * DAY);
  await app.open();
  await expect(bot).toBeVisible();
  await expect(tracker).toHaveCount(0);
});
