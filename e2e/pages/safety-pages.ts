// The safety net's page objects: Undo in a key's history, and the Restore from backup screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class HistoryUndo {
  constructor(private readonly page: Page) {}

  /** The Undo buttons of the key's history, newest entry first. */
  get buttons(): Locator {
    return this.page.getByTestId('history').getByRole('button', { name: /^Undo the edit of/ });
  }
  get conflict(): Locator {
    return this.page.getByTestId('undo-conflict');
  }

  /** Undo of the `nth` undoable entry, newest first (0: the last edit). */
  async undo(nth = 0): Promise<void> {
    await this.buttons.nth(nth).click();
  }
  async undoAnyway(): Promise<void> {
    await this.conflict.getByRole('button', { name: 'Undo anyway' }).click();
  }
}

export class BackupsPage {
  constructor(private readonly page: Page) {}

  get entries(): Locator {
    return this.page.getByTestId('backup-entry');
  }

  /** Settings, then its "Restore from backup…" button. */
  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await this.page.getByRole('button', { name: 'Restore from backup…' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Restore from backup' }),
    ).toBeVisible();
    // It is part of Settings: that tab stays marked as the current one.
    await expect(
      this.page.getByRole('navigation').getByRole('button', { name: 'Settings' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(this.entries.first()).toBeVisible();
  }

  /** Restores the `nth` backup (newest first), confirming. */
  async restore(nth: number): Promise<void> {
    const entry = this.entries.nth(nth);
    await entry.getByRole('button', { name: /^Restore the vault as of/ }).click();
    await entry.getByRole('alert').getByRole('button', { name: 'Yes, restore' }).click();
  }
}
