// Issue 13 §7-8 "Words": errors in translated sentences next to their field (never CLI
// wording), history in words, the audit in progress, why a rotation button is disabled,
// controls and the active tab visible in the dark theme, the exchange's Chinese page.
import type { Locator } from '@playwright/test';
import { test, expect } from './harness/fixtures';
import { expectAccessible } from './harness/checks';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { AuditPage, RotationPage, SettingsPage } from './pages/workflow-pages';
import { loadSodium } from '../electron/core/vault/sodium';
import { generateRecoveryKey } from '../electron/core/vault/recovery-key';

test('a recovery error is a sentence next to the recovery key field, without CLI wording', async ({
  app,
}) => {
  await app.open();
  const onboarding = new OnboardingPage(app.page);
  await onboarding.createAndConfirm();
  await app.page.keyboard.press('Control+l');
  await expect(onboarding.unlockHeading).toBeVisible();
  await app.forgetKeychainEntry();
  await app.open();
  await expect(onboarding.unlockHeading).toBeVisible();

  // A well-formed recovery key of another vault: core answers "does not belong to this
  // vault … Check that --vault points at the right folder".
  const other = generateRecoveryKey(await loadSodium()).text;
  await onboarding.recover(other);
  const field = app.page.getByLabel('Recovery key', { exact: true });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const error = app.page.locator('#recover-error');
  await expect(field).toHaveAttribute('aria-describedby', /(^| )recover-error$/);
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText(
    'That recovery key does not open this vault. Compare it with the one you wrote down.',
  );
  await expect(error).toContainText('does not belong to this vault');
  await expect(error).not.toContainText('--vault');
  // Next to its field: inside the recovery key's own block.
  await expect(app.page.locator('.field', { has: field }).locator('#recover-error')).toBeVisible();
  await expectAccessible(app.page, 'recovery error');
});

test('the audit screen says an audit is in progress, not "No audit yet"', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS.slice(0, 1));
  await app.open();
  const audit = new AuditPage(app.page);
  await audit.goto();
  await expect(app.page.getByTestId('last-audit')).toHaveText('No audit yet.');
  await audit.start();
  await expect(app.page.getByTestId('last-audit')).toContainText('An audit is in progress');
  await expect(app.page.getByTestId('last-audit')).not.toContainText('No audit yet');
});

test('a disabled rotation button says why, beside it and to a screen reader', async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS.slice(0, 1));
  await app.open();
  await new KeysPage(app.page).open('3Commas - Trading Bot');
  await new KeyPage(app.page).startRotation();
  const rotation = new RotationPage(app.page);
  await rotation.start();

  const reasonOf = async (button: Locator) => {
    await expect(button).toBeDisabled();
    const id = await button.getAttribute('aria-describedby');
    expect(id, 'the disabled button points at its reason').toBeTruthy();
    const reason = app.page.locator(`[id="${id}"]`);
    await expect(reason).toBeVisible();
    return reason;
  };
  const save = app.page.getByRole('button', { name: 'Save the new key' });
  await expect(await reasonOf(save)).toHaveText('Enter the new API key and secret first.');
  const markDone = rotation.step('service-updated').getByRole('button', { name: /Mark done/ });
  await expect(await reasonOf(markDone)).toHaveText('Mark the step before this one done first.');
  const finish = app.page.getByRole('button', { name: 'I deleted the old key: finish' });
  await expect(await reasonOf(finish)).toHaveText('Mark the step before this one done first.');
  // An enabled button has no reason.
  await app.page
    .locator('#rot-apikey')
    .fill('vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8B');
  await app.page
    .locator('#rot-secret')
    .fill('NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0k');
  await expect(save).toBeEnabled();
  await expect(save).not.toHaveAttribute('aria-describedby');
  await expectAccessible(app.page, 'rotation with reasons');
});

// Runs in the page (e2e has no DOM types, so as a string): for each element matching the
// selector, the WCAG contrast of its border against the first opaque background behind it
// (0 for a control the browser draws natively).
const CONTRASTS_SCRIPT = (selector: string) => `(() => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = (c) => {
    const [r, g, b] = parse(c).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const backdrop = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      if (bg !== 'transparent' && parse(bg)[3] !== 0) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  // The border is what is drawn only when the app draws the control (appearance: none);
  // a native control's computed border says nothing about the edge Chromium paints.
  return [...document.querySelectorAll(${JSON.stringify(selector)})].map((el) =>
    getComputedStyle(el).appearance === 'none'
      ? ratio(getComputedStyle(el).borderTopColor, backdrop(el.parentElement))
      : 0,
  );
})()`;

const TAB_SCRIPT = `(() => {
  const a = getComputedStyle(document.querySelector('.topnav button[aria-current="page"]'));
  const o = getComputedStyle(document.querySelector('.topnav button:not([aria-current])'));
  return { weight: Number(a.fontWeight), otherWeight: Number(o.fontWeight), bar: a.boxShadow, otherBar: o.boxShadow };
})()`;

test('in the dark theme, checkboxes and radios reach 3:1 and the active tab is clearly marked', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const settings = new SettingsPage(app.page);
  await settings.goto();
  for (const colorScheme of ['dark', 'light'] as const) {
    await app.page.emulateMedia({ colorScheme });
    const unchecked = await app.page.evaluate<number[]>(
      CONTRASTS_SCRIPT('input[type="checkbox"]:not(:checked), input[type="radio"]:not(:checked)'),
    );
    expect(unchecked.length, 'unchecked controls on Settings').toBeGreaterThan(1);
    for (const ratio of unchecked) expect(ratio, colorScheme).toBeGreaterThanOrEqual(3);

    const tab = await app.page.evaluate<{
      weight: number;
      otherWeight: number;
      bar: string;
      otherBar: string;
    }>(TAB_SCRIPT);
    expect(tab.weight).toBeGreaterThanOrEqual(700);
    expect(tab.otherWeight).toBeLessThan(700);
    expect(tab.bar, 'a bar under the active tab').toMatch(/inset/);
    expect(tab.otherBar).toBe('none');
  }
  await app.page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(app.page, 'settings');
});

test("a key's page speaks of this key, and its history is in words", async ({ app }) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [SAMPLE_KEYS[1]!]);
  await app.open();
  await new KeysPage(app.page).open('CoinTracker - Read Only');
  const key = new KeyPage(app.page);
  await key.edit({ ips: ['34.120.0.1'] });
  await expect(key.findings).toHaveCount(0);
  await expect(app.page.getByText('No findings: this key follows the rules.')).toBeVisible();
  await expect(app.page.getByText('Every key follows the rules')).toHaveCount(0);
  const edited = key.history.locator('li[data-type="edited"]');
  await expect(edited).toContainText('Edited · IP whitelist');
  await expect(key.history).not.toContainText('ipWhitelist');
});

test("in Chinese, the exchange's Chinese API page opens and labels use full-width colons", async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS.slice(0, 1));
  await app.open();
  const settings = new SettingsPage(app.page);
  await settings.goto();
  await settings.language('简体中文');
  await expect(app.page.getByRole('heading', { name: '设置' })).toBeVisible();
  await app.page.getByRole('navigation').getByRole('button', { name: '密钥' }).click();
  await new KeysPage(app.page).open('3Commas - Trading Bot');
  await app.page.getByRole('button', { name: '轮换密钥' }).click();
  await app.page.getByRole('button', { name: '开始轮换' }).click();
  await app.page
    .getByTestId('rotation')
    .locator('li[data-step="new-key-created"]')
    .getByRole('button', { name: /API 管理页面/ })
    .click();
  if (app.mode === 'chromium') {
    await expect
      .poll(() => app.openedLinks())
      .toEqual(['https://www.binance.com/zh-CN/my/settings/api-management']);
  }
  await expect(
    app.page.getByRole('button', { name: /^标记完成\s*：\s*在第三方服务中换上新密钥$/ }),
  ).toBeDisabled();
  await expect(app.page.getByText('请先把上一步标记为完成。').first()).toBeVisible();
});
