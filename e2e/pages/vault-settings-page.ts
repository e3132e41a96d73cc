// Settings' vault parts (passphrase, auto-lock, "Settings saved", what lock protects), the
// recovery-key banner and the emergency-kit buttons beside a recovery key shown once.
import type { Page } from '@playwright/test';

export class VaultSettingsPage {
  constructor(private readonly page: Page) {}

  get autoLock() {
    return this.page.locator('#set-autolock');
  }
  get autoLockError() {
    return this.page.locator('#set-autolock-error');
  }
  get saved() {
    return this.page.getByTestId('settings-saved');
  }
  get lockProtection() {
    return this.page.getByTestId('lock-protection');
  }
  get passphraseDone() {
    return this.page.getByTestId('passphrase-done');
  }
  get passphraseForm() {
    return this.page.locator('#vault-passphrase');
  }

  /** Types the minutes (replacing what is there) without leaving the field. */
  async typeAutoLock(text: string): Promise<void> {
    await this.autoLock.fill(text);
  }

  /** Sets (no current passphrase) or changes the passphrase from Settings. */
  async setPassphrase(options: {
    current?: string;
    next: string;
    again?: string;
    keepKeychain?: boolean;
  }): Promise<void> {
    const form = this.passphraseForm;
    if (options.current !== undefined) {
      await form.getByLabel('Current vault passphrase').fill(options.current);
    }
    await form.getByLabel('New vault passphrase', { exact: true }).fill(options.next);
    await form.getByLabel('New vault passphrase again').fill(options.again ?? options.next);
    const keep = form.getByLabel(/Keep the vault key in the keychain too/);
    if (options.keepKeychain !== undefined && (await keep.isVisible())) {
      await keep.setChecked(options.keepKeychain);
    }
    await form.getByRole('button', { name: /^(Set|Change) passphrase$/ }).click();
  }

  async removePassphrase(current: string): Promise<void> {
    const form = this.passphraseForm;
    await form.getByLabel('Current vault passphrase').fill(current);
    await form.getByRole('button', { name: 'Remove passphrase…' }).click();
    await form.getByRole('button', { name: 'Yes, remove it' }).click();
  }

  get banner() {
    return this.page.getByTestId('recovery-banner');
  }

  async saveKit(format: 'PDF' | 'text'): Promise<void> {
    await this.page.getByRole('button', { name: `Save as ${format}…` }).click();
  }
  get kitStatus() {
    return this.page.getByTestId('recovery-kit').getByRole('status');
  }
}
