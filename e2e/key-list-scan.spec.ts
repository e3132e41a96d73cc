// The list a person scans (issue 13 §3, §4's worst finding, §8's stripe and search box):
// compact rows, fingerprint, relative due dates, search over what the row shows, tags, sorts,
// rows that never overlap at the minimum window width, loading and a failed load with Retry.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness/fixtures';
import { expectAccessible } from './harness/checks';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeyPage } from './pages/key-page';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

async function seeded(app: { open(): Promise<void>; page: Page }): Promise<KeysPage> {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, [
    ...SAMPLE_KEYS,
    {
      // Every badge at once, and tags: the row that wraps first in a narrow window.
      label: 'Everything - Grid Bot',
      provider: 'bybit',
      account: 'sub-account-with-a-long-name',
      useCase: 'custom',
      permissions: { read: true, spotMargin: true, futures: true, withdrawals: true },
      ipWhitelist: [],
      service: 'A grid trading service',
      apiKey: 'ByBiTpUbLiCkEy0123456789abcd',
      secret: 'ByBiTsEcReT0123456789abcdefghijklmnop',
      tags: ['vps-1', 'grid', 'long-running-strategy'],
    },
  ]);
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.rows).toHaveCount(5);
  return keys;
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
}

test('rows show fingerprint, relative due date, tags and the worst finding; compact rows are one line and remembered', async ({
  app,
}) => {
  test.setTimeout(180_000); // axe twice in both themes
  const keys = await seeded(app);
  const bot = keys.row('3Commas - Trading Bot');
  await expect(bot.getByTestId('row-fingerprint')).toHaveText('vmPU…Eh8A');
  await expect(keys.row('Hummingbot - Futures').getByTestId('relative-due')).toHaveText(
    'Rotate in 20 days',
  );
  await expect(bot.getByTestId('relative-due')).toHaveText('Rotate in 90 days');
  const grid = keys.row('Everything - Grid Bot');
  await expect(grid.getByTestId('row-tag')).toHaveText(['vps-1', 'grid', 'long-running-strategy']);
  // The worst finding is named, not only counted.
  await expect(keys.row('Treasury - Auto Transfer').getByTestId('worst-finding')).toHaveText(
    'Withdrawals enabled',
  );
  await expect(keys.row('3Commas - Trading Bot').getByTestId('worst-finding')).toHaveCount(0);
  await expectAccessible(app.page, 'key list');

  const toggle = app.page.getByRole('button', { name: 'Compact rows' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const tall = (await box(grid)).height;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const row of await keys.rows.all()) expect((await box(row)).height).toBeLessThanOrEqual(42);
  expect(tall).toBeGreaterThan(60);
  await expect(bot.getByTestId('row-fingerprint')).toBeVisible();
  // One line: the worst finding's title moves into the count's tooltip.
  await expect(keys.row('Treasury - Auto Transfer').getByTestId('finding-count')).toHaveAttribute(
    'title',
    'Withdrawals enabled',
  );
  await expectAccessible(app.page, 'key list, compact');
  // Remembered: a new window of the app opens compact.
  await app.open();
  await expect(keys.rows).toHaveCount(5);
  await expect(app.page.getByRole('button', { name: 'Compact rows' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect((await box(keys.rows.first())).height).toBeLessThanOrEqual(42);
});

test('search finds what the row shows; tags filter; sorts by exchange, created and last copied', async ({
  app,
}) => {
  const keys = await seeded(app);
  const search = async (text: string, expected: string[]) => {
    await keys.search.fill(text);
    await expect(keys.rows).toHaveCount(expected.length);
    expect((await keys.labelsInOrder()).sort()).toEqual([...expected].sort());
  };
  await search('Futures Trading', ['Hummingbot - Futures', 'Everything - Grid Bot']);
  await search('198.51.100.7', ['Hummingbot - Futures']);
  await search('auto transfer', ['Treasury - Auto Transfer']);
  await search('vmPU…Eh8A', ['3Commas - Trading Bot']);
  await search('grid', ['Everything - Grid Bot']);
  await search('Bybit', ['Everything - Grid Bot']);
  await keys.search.fill('');

  await app.page.getByLabel('Tag', { exact: true }).selectOption({ label: 'vps-1' });
  await expect(keys.rows).toHaveCount(1);
  await app.page.getByLabel('Tag', { exact: true }).selectOption({ label: 'All' });
  await expect(keys.rows).toHaveCount(5);

  await keys.filter('Sort by', 'Exchange');
  expect(await keys.labelsInOrder()).toEqual([
    '3Commas - Trading Bot',
    'CoinTracker - Read Only',
    'Everything - Grid Bot',
    'Treasury - Auto Transfer',
    'Hummingbot - Futures',
  ]);
  await keys.filter('Sort by', 'Created (newest first)');
  expect((await keys.labelsInOrder())[0]).toBe('Everything - Grid Bot');

  // Copy the secret of a key: it comes first by "Last copied".
  await keys.open('CoinTracker - Read Only');
  await new KeyPage(app.page).copySecret();
  await expect(app.page.getByText(/copied/i).first()).toBeVisible();
  await keys.goto();
  await keys.filter('Sort by', 'Last copied (newest first)');
  await expect(keys.rows.first()).toContainText('CoinTracker - Read Only');

  // Tags are edited on the key's page and filter the list.
  await keys.open('3Commas - Trading Bot');
  await app.page.getByRole('button', { name: 'Edit key' }).click();
  await app.page.getByLabel('Tags (optional)').fill('vps-1, dca');
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  // The key's page shows them too.
  await expect(app.page.getByTestId('detail-tags').locator('.tag')).toHaveText(['vps-1', 'dca']);
  await keys.goto();
  await app.page.getByLabel('Tag', { exact: true }).selectOption({ label: 'vps-1' });
  await expect(keys.rows).toHaveCount(2);
  await expect(keys.row('3Commas - Trading Bot').getByTestId('row-tag')).toHaveText([
    'vps-1',
    'dca',
  ]);
});

test('at the minimum window width rows never overlap; the stripe shifts nothing; the search box is as tall as the selects', async ({
  app,
}) => {
  const keys = await seeded(app);
  await app.page.setViewportSize({ width: 720, height: 820 });
  await expect(keys.rows).toHaveCount(5);
  const rows = await keys.rows.all();
  const boxes = [];
  for (const row of rows)
    boxes.push({ row: await box(row), badges: await box(row.locator('.badges')) });
  boxes.sort((a, b) => a.row.y - b.row.y);
  for (let i = 0; i < boxes.length; i++) {
    const { row, badges } = boxes[i]!;
    // The badges stay inside their row, and the row ends before the next begins.
    expect(badges.y + badges.height).toBeLessThanOrEqual(row.y + row.height + 0.5);
    if (i + 1 < boxes.length)
      expect(row.y + row.height).toBeLessThanOrEqual(boxes[i + 1]!.row.y + 0.5);
  }

  // The red stripe of a withdrawals key does not move its text.
  const striped = await box(keys.row('Treasury - Auto Transfer').locator('.label'));
  const plain = await box(keys.row('CoinTracker - Read Only').locator('.label'));
  expect(striped.x).toBe(plain.x);

  const search = await box(keys.search);
  const select = await box(app.page.getByLabel('Exchange', { exact: true }));
  expect(Math.abs(search.height - select.height)).toBeLessThan(0.5);
});

test('before the list loads it says loading; a failed load shows why with Retry, never "No key matches"', async ({
  app,
}) => {
  await seeded(app);
  // Hold, then fail, keys.list from the page's side of the bridge.
  await app.page.evaluate(() => {
    const page = globalThis as unknown as {
      __keywardInvoke: (channel: string, payload: string) => Promise<string>;
      listMode?: 'hold' | 'fail' | 'pass';
      heldLists?: (() => void)[];
    };
    const invoke = page.__keywardInvoke.bind(page);
    page.heldLists = [];
    // Every held call is released (the list and the Findings tab's count both ask keys.list).
    page.__keywardInvoke = async (channel, payload) => {
      if (channel === 'keys.list' && page.listMode === 'hold') {
        await new Promise<void>((resolve) => page.heldLists!.push(resolve));
      }
      if (channel === 'keys.list' && page.listMode === 'fail') {
        return JSON.stringify({
          ok: false,
          code: 'vault-unreadable',
          message: 'The vault file could not be read.',
        });
      }
      return invoke(channel, payload);
    };
    page.listMode = 'hold';
  });
  const onboarding = new OnboardingPage(app.page);
  const keys = new KeysPage(app.page);
  await app.page.keyboard.press('Control+l');
  await onboarding.unlock();
  await expect(app.page.getByTestId('list-loading')).toHaveText('Loading the keys…');
  await expect(app.page.getByText('No key matches these filters.')).toHaveCount(0);
  await app.page.evaluate(() => {
    const page = globalThis as unknown as { listMode: string; heldLists: (() => void)[] };
    page.listMode = 'fail';
    for (const release of page.heldLists.splice(0)) release();
  });
  const failed = app.page.getByTestId('list-load-error');
  await expect(failed).toContainText('The keys could not be loaded.');
  await expect(failed).toContainText('The vault file could not be read.');
  await expect(app.page.getByText('No key matches these filters.')).toHaveCount(0);
  await expectAccessible(app.page, 'key list load error');
  await app.page.evaluate(() => {
    (globalThis as unknown as { listMode: string }).listMode = 'pass';
  });
  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(keys.rows).toHaveCount(5);
  await expect(failed).toHaveCount(0);
});
