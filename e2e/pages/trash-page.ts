// The Trash: removed keys, restore and delete for good.
import { expect, type Locator, type Page } from '@playwright/test';

export class TrashPage {
  constructor(private readonly page: Page) {}

  get entries(): Locator {
    return this.page.getByTestId('trash-entry');
  }
  entry(label: string): Locator {
    return this.entries.filter({ hasText: label });
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Trash' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  }

  async restore(label: string): Promise<void> {
    await this.entry(label).getByRole('button', { name: 'Restore' }).click();
  }

  async purge(label: string): Promise<void> {
    await this.entry(label).getByRole('button', { name: 'Delete for good' }).click();
    await this.entry(label)
      .getByRole('alert')
      .getByRole('button', { name: 'Delete for good' })
      .click();
  }
}
