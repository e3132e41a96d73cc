// One key's page: copy, reveal, workflows.
import { expect, type Locator, type Page } from '@playwright/test';

export class KeyPage {
  constructor(private readonly page: Page) {}

  get detail(): Locator {
    return this.page.getByTestId('key-detail');
  }
  get countdown(): Locator {
    return this.page.getByTestId('clipboard-countdown');
  }
  get clipboardState(): Locator {
    return this.page.getByTestId('clipboard-state');
  }
  get revealed(): Locator {
    return this.page.getByTestId('revealed-value');
  }
  get status(): Locator {
    return this.detail.getByTestId('status').first();
  }
  get fingerprint(): Locator {
    return this.page.getByTestId('fingerprint');
  }
  get findings(): Locator {
    return this.page.getByTestId('key-findings');
  }
  get history(): Locator {
    return this.page.getByTestId('history');
  }
  get leakButton(): Locator {
    return this.page.getByRole('button', {
      name: /I think this key leaked|Continue leak response/,
    });
  }

  /** One credential field's row: fingerprint (API key only), Copy, Show. */
  field(name: 'apiKey' | 'secret' | 'passphrase'): Locator {
    return this.page.getByTestId(`field-${name}`);
  }
  get execCommand(): Locator {
    return this.page.getByTestId('exec-command');
  }
  /** Main confirms first, as for the secret. */
  async copyEnv(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copy as .env' }).click();
  }
  async showCommand(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show the command' }).click();
  }

  async keyId(): Promise<string> {
    return (await this.detail.getAttribute('data-key-id')) ?? '';
  }

  async copySecret(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copy secret' }).click();
  }
  async copyPassphrase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copy API passphrase' }).click();
  }
  async copyApiKey(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copy API key' }).click();
  }

  /** Main confirms (its dialog or passphrase window): the harness answers as scripted. */
  async revealSecret(): Promise<void> {
    await this.page.getByRole('button', { name: 'Show secret' }).click();
  }
  async hide(): Promise<void> {
    await this.page.getByRole('button', { name: 'Hide' }).click();
    await expect(this.revealed).toHaveCount(0);
  }

  async edit(changes: { label?: string; ips?: string[] }): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit key' }).click();
    if (changes.label !== undefined) await this.page.locator('#edit-label').fill(changes.label);
    if (changes.ips) await this.page.locator('#edit-ip').fill(changes.ips.join('\n'));
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    // Saved: the form (with its own live findings) closes, so what follows reads the page.
    await expect(this.page.locator('#edit-label')).toHaveCount(0);
  }

  /** Moves the key to the Trash (confirming), back on the list. */
  async moveToTrash(): Promise<void> {
    await this.page.getByRole('button', { name: 'Move to Trash' }).click();
    await this.page.getByRole('alert').getByRole('button', { name: 'Move to Trash' }).click();
    await expect(this.page.getByText(/is in the Trash for 30 days/)).toBeVisible();
  }

  async startRotation(): Promise<void> {
    await this.page.getByRole('button', { name: /Rotate key|Continue rotation/ }).click();
  }
}
