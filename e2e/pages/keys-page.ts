// The key list: search, filters, rows.
import { expect, type Locator, type Page } from '@playwright/test';

export class KeysPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Keys', exact: true });
  }
  get search(): Locator {
    return this.page.getByLabel('Search keys');
  }
  get rows(): Locator {
    return this.page.getByTestId('key-row');
  }
  get count(): Locator {
    return this.page.getByTestId('list-count');
  }
  get emptyState(): Locator {
    return this.page.getByTestId('empty-state');
  }

  row(label: string): Locator {
    return this.rows.filter({ hasText: label });
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Keys' }).click();
    await expect(this.heading).toBeVisible();
  }

  async open(label: string): Promise<void> {
    await this.row(label).getByRole('button').first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  }

  async filter(name: 'Exchange' | 'Status' | 'Findings' | 'Sort by', option: string) {
    await this.page.getByLabel(name, { exact: true }).selectOption({ label: option });
  }

  async labelsInOrder(): Promise<string[]> {
    const labels = await this.rows.locator('.label').allTextContents();
    return labels;
  }
}
