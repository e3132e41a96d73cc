// The add-key form.
import { expect, type Locator, type Page } from '@playwright/test';

export type PermissionName = 'Read' | 'Spot & Margin Trading' | 'Futures Trading' | 'Withdrawals';
const PERMISSION_IDS: Record<PermissionName, string> = {
  Read: 'read',
  'Spot & Margin Trading': 'spotMargin',
  'Futures Trading': 'futures',
  Withdrawals: 'withdrawals',
};

export interface NewKey {
  provider?: string;
  useCase?: string;
  label: string;
  account?: string;
  ips?: string[];
  service?: string;
  apiKey?: string;
  secret?: string;
}

export class AddKeyPage {
  constructor(private readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Add a key' });
  }
  get liveFindings(): Locator {
    return this.page.getByTestId('live-findings');
  }
  get ipErrors(): Locator {
    return this.page.getByTestId('ip-error');
  }
  get onceNotice(): Locator {
    return this.page.getByText('The exchange shows the secret only once');
  }

  /** The error shown under the field whose label is `label`. */
  fieldError(label: string): Locator {
    return this.page
      .locator('.field')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('.error');
  }
  get notes(): Locator {
    return this.page.getByLabel('Notes (optional)');
  }

  permission(name: PermissionName): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  /** The finding shown under a permission's checkbox. */
  permissionFinding(name: PermissionName): Locator {
    return this.page.getByTestId(`perm-finding-${PERMISSION_IDS[name]}`);
  }

  async openWithButton(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Add key' }).click();
    await expect(this.heading).toBeVisible();
  }

  async chooseUseCase(provider: string, useCase: string): Promise<void> {
    await this.page.getByLabel('Exchange', { exact: true }).selectOption({ label: provider });
    await this.page.getByLabel('Use case').selectOption({ label: useCase });
  }

  async fill(key: NewKey): Promise<void> {
    await this.chooseUseCase(key.provider ?? 'Binance', key.useCase ?? 'Portfolio tracking');
    await this.page.getByLabel('Label').fill(key.label);
    if (key.account) await this.page.getByLabel('Exchange account (optional)').fill(key.account);
    if (key.ips) await this.page.getByLabel('IP whitelist').fill(key.ips.join('\n'));
    if (key.service) await this.page.getByLabel('Service that uses this key').fill(key.service);
    if (key.apiKey !== undefined)
      await this.page.getByRole('textbox', { name: 'API key', exact: true }).fill(key.apiKey);
    if (key.secret !== undefined)
      await this.page.getByLabel('Secret key', { exact: true }).fill(key.secret);
  }

  /** The fields that change with the exchange (issue 10). */
  async fillCredentials(fields: {
    environment?: string;
    host?: string;
    passphrase?: string;
    keyName?: string;
    privateKey?: string;
  }): Promise<void> {
    if (fields.environment)
      await this.page
        .getByLabel('Environment', { exact: true })
        .selectOption({ label: fields.environment });
    if (fields.host)
      await this.page.getByLabel('API host', { exact: true }).selectOption({ label: fields.host });
    if (fields.keyName !== undefined)
      await this.page.getByLabel('API key name', { exact: true }).fill(fields.keyName);
    if (fields.privateKey !== undefined)
      await this.page.getByLabel('Private key', { exact: true }).fill(fields.privateKey);
    if (fields.passphrase !== undefined)
      await this.page.getByLabel('API passphrase', { exact: true }).fill(fields.passphrase);
  }

  async chooseGenerate(): Promise<void> {
    await this.page.getByLabel(/Generate an Ed25519 key pair here/).check();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save key' }).click();
  }

  async generate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Generate key pair' }).click();
  }

  // Issue 13 §1: the once-only secret.
  get apiKeyField(): Locator {
    return this.page.getByRole('textbox', { name: 'API key', exact: true });
  }
  get secretField(): Locator {
    return this.page.getByLabel('Secret key', { exact: true });
  }
  get fingerprint(): Locator {
    return this.page.getByTestId('apikey-fingerprint');
  }
  get mixupWarning(): Locator {
    return this.page.getByTestId('key-mixup');
  }
  get autoLockWarning(): Locator {
    return this.page.getByTestId('auto-lock-warning');
  }
  get discardDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Discard this secret?' });
  }
  get serviceCheck(): Locator {
    return this.page.getByTestId('service-check');
  }
  /** The eye button beside the secret ("Show Secret key" / "Hide Secret key"). */
  secretEye(action: 'Show' | 'Hide'): Locator {
    return this.page.getByRole('button', { name: `${action} Secret key`, exact: true });
  }
  /** True when the API key and secret fields are above the label and use case fields. */
  async keyFieldsComeFirst(): Promise<boolean> {
    const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Infinity;
    const apiKey = await top(this.apiKeyField);
    const secret = await top(this.secretField);
    const label = await top(this.page.getByLabel('Label', { exact: true }));
    const useCase = await top(this.page.getByLabel('Use case'));
    return apiKey < secret && secret < label && secret < useCase;
  }
  async keepEditing(): Promise<void> {
    await this.discardDialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(this.discardDialog).toHaveCount(0);
  }
  async discard(): Promise<void> {
    await this.discardDialog.getByRole('button', { name: 'Discard the secret' }).click();
  }
  async cancel(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cancel', exact: true }).click();
  }
  async saveNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save now, finish the details later' }).click();
  }
  async checkService(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check this service' }).click();
    await expect(this.serviceCheck).toBeVisible();
  }
  async answerServiceCheck(flag: string, answer: 'Yes' | 'No' | 'Unknown'): Promise<void> {
    await this.serviceCheck
      .getByRole('group', { name: flag })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  }
  async saveServiceCheck(): Promise<void> {
    await this.serviceCheck.getByRole('button', { name: 'Save the check' }).click();
    await expect(this.serviceCheck).toBeHidden();
  }
}
