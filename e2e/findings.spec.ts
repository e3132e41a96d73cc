// The findings dashboard: every finding, worst first within its key's group, linking to the key.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { OnboardingPage } from './pages/onboarding-page';
import { FindingsPage } from './pages/workflow-pages';
import { findings } from '../shared/findings';

const ORDER = ['critical', 'high', 'medium', 'low', 'info'];

test('findings are listed worst first and open their key', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS);
  await app.open();
  const page = new FindingsPage(app.page);
  await page.goto();

  const expected = findings(await app.readVault(), new Date());
  await expect(page.items).toHaveCount(expected.length);
  // Grouped by key (findings-todo.spec.ts); worst first within each group, the worst group first.
  const groups = app.page.getByTestId('finding-group');
  for (const group of await groups.all()) {
    const severities: string[] = [];
    for (const item of await group.locator('li').all()) {
      severities.push((await item.getAttribute('data-severity')) ?? '');
    }
    const ranks = severities.map((s) => ORDER.indexOf(s));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  }
  await expect(page.items.first()).toHaveAttribute('data-severity', 'critical');

  await groups
    .first()
    .getByRole('button', { name: /^Open "Treasury - Auto Transfer"/ })
    .click();
  await expect(
    app.page.getByRole('heading', { level: 1, name: 'Treasury - Auto Transfer' }),
  ).toBeVisible();
  await expect(app.page.getByTestId('key-findings').locator('li')).toHaveCount(
    expected.filter((f) => f.keyId && f.keyId === expected[0]!.keyId).length,
  );
});

test('a reminder that is due shows beside the findings and can be snoozed (1 day, 1 week or until a day)', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [{ ...SAMPLE_KEYS[0]!, rotationIntervalDays: 10 }]);
  await app.open();
  const page = new FindingsPage(app.page);
  await page.goto();

  const reminders = app.page.getByTestId('reminders');
  const due = reminders.locator('li[data-kind="rotation-due-soon"]');
  await expect(due).toContainText(SAMPLE_KEYS[0]!.label);
  await expect(due).toHaveAttribute('data-snoozed', 'false');
  // The same choices as the Keys screen's "Needs attention" strip.
  for (const name of ['Snooze 1 day', 'Snooze until…'])
    await expect(due.getByRole('button', { name })).toBeVisible();
  await due.getByRole('button', { name: 'Snooze 1 week' }).click();
  await expect(due).toHaveAttribute('data-snoozed', 'true');
  await expect(due.getByRole('button', { name: /^Snooze/ })).toHaveCount(0);

  // The core agrees: the reminder is snoozed.
  const listed = await app.page.evaluate<{ value: { kind: string; snoozed: boolean }[] }>(
    `window.keyward.reminders.list()`,
  );
  expect(listed.value.find((r) => r.kind === 'rotation-due-soon')?.snoozed).toBe(true);
});
