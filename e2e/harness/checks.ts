// Accessibility and screenshots, shared by the specs.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export const SCREENSHOT_DIR = path.resolve('docs/screenshots');

/** axe-core on the current screen in the light and the dark theme: no serious or critical. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, `${screen} in the ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Writes docs/screenshots/<name>.png (light) and <name>-dark.png, from the top of the page. */
export async function screenshotBothThemes(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate('window.scrollTo(0, 0)');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({
      fullPage: options.fullPage ?? false,
      path: path.join(SCREENSHOT_DIR, colorScheme === 'light' ? `${name}.png` : `${name}-dark.png`),
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
