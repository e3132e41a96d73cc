// The key page's "Check with exchange" panel.
import type { Locator, Page } from '@playwright/test';

export class CheckPanel {
  readonly root: Locator;
  readonly outcome: Locator;
  readonly differences: Locator;
  readonly diagnosis: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('exchange-check');
    this.outcome = this.root.getByTestId('check-outcome');
    this.differences = this.root.getByTestId('check-difference');
    this.diagnosis = this.root.getByTestId('check-diagnosis');
  }

  async check(): Promise<void> {
    await this.root.getByRole('button', { name: 'Check with exchange' }).click();
  }

  async accept(): Promise<void> {
    await this.root.getByRole('button', { name: "Accept the exchange's answer" }).click();
  }

  difference(field: string): Locator {
    return this.root.locator(`tr[data-field="${field}"]`);
  }
}
