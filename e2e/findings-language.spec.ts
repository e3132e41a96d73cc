// Findings and reminders in the chosen language: in English the engine's text (what
// `keyward audit` prints) with its days in the language's date format, in 简体中文 worded
// from the same parameters, with no English left.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { OnboardingPage } from './pages/onboarding-page';
import { FindingsPage, SettingsPage } from './pages/workflow-pages';
import { findings } from '../shared/findings';

/** The engine's days (YYYY-MM-DD) as the app writes them in English: "Dec 11, 2026". */
const englishDates = (text: string) =>
  text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) =>
    new Date(`${day}T00:00:00Z`).toLocaleDateString('en', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }),
  );

test('findings and reminders follow the UI language', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [
    { ...SAMPLE_KEYS[0]!, rotationIntervalDays: 10 },
    ...SAMPLE_KEYS.slice(1),
  ]);
  await app.open();
  const page = new FindingsPage(app.page);
  await page.goto();

  const expected = findings(await app.readVault(), new Date());
  await expect(page.items).toHaveCount(expected.length);
  for (const f of expected) {
    await expect(page.items.filter({ hasText: englishDates(f.message) }).first()).toContainText(
      englishDates(f.fix),
    );
  }
  const reminder = app.page.getByTestId('reminders').locator('li[data-kind="rotation-due-soon"]');
  await expect(reminder).toContainText('"3Commas - Trading Bot" is due for rotation in');

  const settings = new SettingsPage(app.page);
  await settings.goto();
  await settings.language('简体中文');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await app.page.getByRole('navigation').getByRole('button', { name: '检查结果' }).click();

  const withdrawals = page.items.filter({ hasText: '“Treasury - Auto Transfer”可以提现：' });
  await expect(withdrawals).toContainText('任何持有该密钥的人都能把您的资产转到他自己的地址');
  await expect(withdrawals).toContainText('在交易所把该密钥限定为您服务器的固定 IP 地址');
  await expect(page.items).toHaveCount(expected.length);
  for (const f of expected) {
    await expect(page.items.filter({ hasText: f.message })).toHaveCount(0);
    await expect(page.items.filter({ hasText: f.fix })).toHaveCount(0);
  }
  await expect(reminder).toContainText('“3Commas - Trading Bot”还有');
  await expect(reminder).toContainText('天需要轮换');
  await expect(reminder).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(reminder).not.toContainText(/\d{4}-\d{2}-\d{2}/);
});
