// The quick-search palette (opened by main's global shortcut) and its Settings section.
import { expect, type Locator, type Page } from '@playwright/test';

export class QuickSearchPalette {
  constructor(private readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Quick search' });
  }
  get input(): Locator {
    return this.dialog.getByRole('combobox');
  }
  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  async expectOpen(): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  /** Types a search and waits until the first option is `label`. */
  async find(query: string, label: string): Promise<void> {
    await this.input.fill(query);
    await expect(this.options.first()).toContainText(label);
    await expect(this.options.first()).toHaveAttribute('aria-selected', 'true');
  }
}

export class QuickSearchSettings {
  constructor(private readonly page: Page) {}

  get enabled(): Locator {
    return this.page.getByLabel('Open the quick-search palette with a global shortcut');
  }
  get shortcut(): Locator {
    return this.page.getByLabel('Shortcut', { exact: true });
  }
  get error(): Locator {
    return this.page.locator('fieldset').filter({ has: this.shortcut }).getByRole('alert');
  }

  async save(accelerator: string): Promise<void> {
    await this.shortcut.fill(accelerator);
    await this.page.getByRole('button', { name: 'Save shortcut' }).click();
  }

  async sendTestNotification(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send a test notification' }).click();
  }
}
