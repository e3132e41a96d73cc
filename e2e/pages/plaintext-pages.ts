// Import and "Find plaintext copies": the two screens of issue 12, reached from the top
// navigation. The file and folders come from main's native dialog (scripted by the harness).
import { expect, type Locator, type Page } from '@playwright/test';

export class ImportPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Import' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import keys' })).toBeVisible();
  }

  async chooseFile(): Promise<void> {
    await this.page.getByRole('button', { name: 'Choose a file…' }).click();
  }

  get rows(): Locator {
    return this.page.getByTestId('import-row');
  }
  row(index: number): Locator {
    return this.rows.nth(index);
  }
  get skipped(): Locator {
    return this.page.getByTestId('import-skipped');
  }

  async setLabel(index: number, label: string): Promise<void> {
    await this.row(index).getByRole('textbox', { name: 'Label' }).fill(label);
  }
  async setUseCase(index: number, useCase: string): Promise<void> {
    await this.row(index).getByRole('combobox', { name: 'Use case' }).selectOption(useCase);
  }
  async untick(index: number): Promise<void> {
    await this.row(index).getByRole('checkbox').uncheck();
  }

  async importChosen(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).last().click();
  }

  get result(): Locator {
    return this.page.getByTestId('import-result');
  }
  get advice(): Locator {
    return this.page.getByTestId('import-advice');
  }
}

export class ScanPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Find copies' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Find plaintext copies' }),
    ).toBeVisible();
  }

  async chooseFolders(): Promise<void> {
    await this.page.getByRole('button', { name: 'Choose folders…' }).click();
  }
  get folders(): Locator {
    return this.page.getByTestId('scan-folders');
  }

  async start(options: { git?: boolean; history?: boolean } = {}): Promise<void> {
    const git = this.page.getByRole('checkbox', { name: /git repositories/ });
    const history = this.page.getByRole('checkbox', { name: /histories/ });
    await git.setChecked(options.git === true);
    await history.setChecked(options.history === true);
    await this.page.getByRole('button', { name: 'Scan', exact: true }).click();
  }

  get result(): Locator {
    return this.page.getByTestId('scan-result');
  }
  get groups(): Locator {
    return this.page.getByTestId('scan-key');
  }
  group(label: string): Locator {
    return this.groups.filter({ has: this.page.getByRole('heading', { name: label }) });
  }
}
