// The top bar's clipboard chip (every screen of the open vault), and reaching the key list
// with the keyboard alone.
import { expect, type Locator, type Page } from '@playwright/test';

export class ClipboardChip {
  constructor(private readonly page: Page) {}

  get state(): Locator {
    return this.page.getByTestId('clipboard-state');
  }
  get countdown(): Locator {
    return this.page.getByTestId('clipboard-countdown');
  }

  /** The seconds the chip shows until main clears the clipboard. */
  async secondsLeft(): Promise<number> {
    const text = (await this.countdown.textContent()) ?? '';
    const match = /clears in (\d+) s/.exec(text);
    if (!match) throw new Error(`No countdown in "${text}"`);
    return Number(match[1]);
  }

  async clearNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear now' }).click();
  }
}

/** Ctrl+F to the search box, then Tab until a key row has focus (at most 20 presses). */
export async function focusFirstKeyRowByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search keys')).toBeFocused();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.locator('[data-testid="key-row"]:focus-within').count()) > 0) return;
  }
  throw new Error('Tab never reached a key row.');
}
