// Everyday use (issue 13 §2): copy fast, from anywhere. Three secrets copied in a row from the
// list with the keyboard alone, the top bar's clipboard chip counting down on every screen
// with "Clear now"; a key's page with one row per credential field (fingerprint, Copy,
// Show), "Copy as .env" behind main's confirmation, "Show the command", and the leak button
// outlined rather than the loudest element.
import type { Page } from '@playwright/test';
import type { KeywardApi } from '../shared/ipc/bridge';
import { expectAccessible } from './harness/checks';
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { ClipboardChip, focusFirstKeyRowByKeyboard } from './pages/clipboard-chip';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

const THREE = SAMPLE_KEYS.slice(0, 3);

/** The label of the list row that has the focus. */
async function focusedRowLabel(page: Page): Promise<string> {
  return (await page.locator('[data-testid="key-row"]:focus-within .label').textContent()) ?? '';
}

test('three secrets in a row from the list, keyboard only; the chip counts down and clears', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, THREE);
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.rows).toHaveCount(3);
  const chip = new ClipboardChip(app.page);

  await focusFirstKeyRowByKeyboard(app.page);
  const copied: string[] = [];
  for (let n = 0; n < 3; n++) {
    if (n > 0) {
      await app.page.keyboard.press('ArrowDown');
      // The list moves focus on the next frame (after scrolling the row into view).
      await expect.poll(() => focusedRowLabel(app.page)).not.toBe(copied[n - 1]);
    }
    const label = await focusedRowLabel(app.page);
    const sample = THREE.find((k) => k.label === label)!;
    expect(sample, `row ${n} has focus`).toBeTruthy();
    await app.page.keyboard.press('Control+c');
    await expect(chip.countdown).toContainText(`${label} Secret copied.`);
    await expect.poll(() => app.clipboardText()).toBe(sample.secret);
    copied.push(label);
  }
  expect(new Set(copied).size).toBe(3);
  if (app.mode === 'chromium') {
    // Main asked once; its yes covered the next two (the gate is unchanged).
    expect(app.secretAccessAsked().map((a) => [a.action, a.field])).toEqual([['copy', 'secret']]);
  }
  // The page never held a copied secret.
  for (const sample of THREE) {
    expect(await app.storeSnapshot()).not.toContain(sample.secret);
    expect(await app.page.content()).not.toContain(sample.secret);
  }

  // The chip counts down.
  const first = await chip.secondsLeft();
  expect(first).toBeGreaterThanOrEqual(27);
  await expect.poll(() => chip.secondsLeft(), { timeout: 10_000 }).toBeLessThan(first);

  // Ctrl+Shift+C: the API key of the focused row, without asking.
  const last = THREE.find((k) => k.label === copied[2])!;
  await app.page.keyboard.press('Control+Shift+C');
  await expect(chip.countdown).toContainText(`${last.label} API key copied.`);
  await expect.poll(() => app.clipboardText()).toBe(last.apiKey);

  // The row's copy buttons show while it has focus.
  await expect(keys.row(last.label).getByTestId('row-copy')).toBeVisible();

  // When the delay runs out main clears it, and the chip says so.
  await app.advanceClock(31_000);
  await expect(chip.state).toHaveText('Clipboard cleared');
  expect(await app.clipboardText()).toBe('');
});

test('the chip is on every screen and "Clear now" clears at once; rows copy on hover', async ({
  app,
}) => {
  test.slow(); // axe in both themes on a busy machine, as in screens.spec.ts
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, THREE);
  // Five minutes: the harness's timers follow real time, and axe on a busy machine is slow.
  await app.page.evaluate(async () => {
    const api = (globalThis as unknown as { keyward: KeywardApi }).keyward;
    await api.settings.set({ clipboardClearSeconds: 300 });
  });
  await app.open();
  const keys = new KeysPage(app.page);
  const sample = THREE[1]!;
  const chip = new ClipboardChip(app.page);

  await keys.row(sample.label).hover();
  await app.page.getByRole('button', { name: `Copy API key of ${sample.label}` }).click();
  await expect(chip.countdown).toContainText(`${sample.label} API key copied.`);
  expect(await app.clipboardText()).toBe(sample.apiKey);
  await keys.row(sample.label).hover();
  await app.page.getByRole('button', { name: `Copy secret of ${sample.label}` }).click();
  await expect(chip.countdown).toContainText(`${sample.label} Secret copied.`);
  expect(await app.clipboardText()).toBe(sample.secret);

  // Hovered row buttons and the chip pass axe in both themes.
  await expectAccessible(app.page, 'key list with row copy buttons and the clipboard chip');

  for (const screen of ['Settings', 'Findings', 'Trash']) {
    await app.page.getByRole('navigation').getByRole('button', { name: screen }).click();
    await expect(chip.countdown).toContainText(`${sample.label} Secret copied.`);
  }
  await chip.clearNow();
  await expect(chip.state).toHaveText('Clipboard cleared');
  expect(await app.clipboardText()).toBe('');
});

test("a key's page: a row per field, Copy as .env behind main's gate, the command, an outlined leak button", async ({
  app,
}) => {
  test.slow(); // axe in both themes
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const okx = SAMPLE_KEYS[3]!;
  await seedKeys(app.page, [okx]);
  await app.open();
  await new KeysPage(app.page).open(okx.label);
  const key = new KeyPage(app.page);
  const chip = new ClipboardChip(app.page);

  // The API key's fingerprint, first and last 4 characters; the secret and passphrase: none.
  const apiKey = okx.apiKey ?? '';
  await expect(key.field('apiKey').getByTestId('fingerprint')).toHaveText(
    `${apiKey.slice(0, 4)}…${apiKey.slice(-4)}`,
  );
  for (const field of ['secret', 'passphrase'] as const) {
    await expect(key.field(field)).toContainText('Hidden');
    await expect(key.field(field).getByRole('button', { name: /^Copy / })).toBeVisible();
    await expect(key.field(field).getByRole('button', { name: /^Show / })).toBeVisible();
    for (const part of [okx.secret, okx.passphrase!]) {
      await expect(key.field(field)).not.toContainText(part.slice(0, 4) + '…');
    }
  }
  // .env holds the secret: main asks first; refused, nothing is copied.
  await app.answerSecretAccess('refuse');
  await key.copyEnv();
  await expect(app.page.getByTestId('notice')).toContainText('Not confirmed');
  expect(await app.clipboardText()).toBe('');
  await app.answerSecretAccess('approve');
  await key.field('passphrase').getByRole('button', { name: 'Show API passphrase' }).click();
  await expect(key.revealed).toHaveText(okx.passphrase!);
  await key.hide();

  // Approved: exec's variables with their values, cleared like any copy.
  await key.copyEnv();
  await expect(chip.countdown).toContainText(`${okx.label} .env variables copied.`);
  expect(await app.clipboardText()).toBe(
    `OKX_API_KEY=${apiKey}\nOKX_API_SECRET=${okx.secret}\nOKX_API_PASSPHRASE=${okx.passphrase}\n`,
  );
  expect(await app.page.content()).not.toContain(okx.secret);
  await app.advanceClock(31_000);
  await expect(chip.state).toHaveText('Clipboard cleared');
  expect(await app.clipboardText()).toBe('');

  await key.showCommand();
  await expect(key.execCommand).toHaveText(`keyward exec "${okx.label}" -- python3 bot.py`);

  // The leak button stays, outlined: the page's white with a danger-red border and text (light).
  await expect(key.leakButton).toBeVisible();
  await expect(key.leakButton).not.toHaveClass(/\bdanger\b/);
  await expect(key.leakButton).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(key.leakButton).toHaveCSS('color', 'rgb(180, 35, 24)');
  await expect(key.leakButton).toHaveCSS('border-top-color', 'rgb(180, 35, 24)');
  await expectAccessible(app.page, 'key page with credential rows and the command');
});
