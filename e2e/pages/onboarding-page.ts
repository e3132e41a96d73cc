// First run, unlock and recovery screens.
import { expect, type Page } from '@playwright/test';

export class OnboardingPage {
  constructor(private readonly page: Page) {}

  get createHeading() {
    return this.page.getByRole('heading', { name: 'Create your vault' });
  }

  get unlockHeading() {
    return this.page.getByRole('heading', { name: 'Unlock your vault' });
  }

  /** Creates the vault; returns the recovery key shown once, still on the confirm screen. */
  async create(options: { passphrase?: string; keepKeychain?: boolean } = {}): Promise<string> {
    await expect(this.createHeading).toBeVisible();
    if (options.passphrase !== undefined) {
      const box = this.page.getByLabel('Also protect the vault with a passphrase');
      if (await box.isVisible()) await box.check();
      await this.page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
      await this.page.getByLabel('Passphrase again').fill(options.passphrase);
      const keep = this.page.getByLabel(/Keep the vault key in the keychain/);
      if (options.keepKeychain === false && (await keep.isVisible())) await keep.uncheck();
    }
    await this.page.getByRole('button', { name: 'Create vault' }).click();
    const shown = this.page.getByTestId('recovery-key');
    await expect(shown).toBeVisible();
    return (await shown.textContent())?.trim() ?? '';
  }

  /** The group number the confirm screen asks for. */
  async askedGroup(): Promise<number> {
    return Number(await this.page.locator('#rk-group').getAttribute('data-group'));
  }

  async confirmRecovery(recoveryKey: string, override?: string): Promise<void> {
    const n = await this.askedGroup();
    const group = override ?? recoveryKey.split('-')[n - 1] ?? '';
    await this.page.locator('#rk-group').fill(group);
    await this.page.getByRole('button', { name: 'I have saved it' }).click();
  }

  /** Creates and confirms; returns the recovery key. */
  async createAndConfirm(options: { passphrase?: string; keepKeychain?: boolean } = {}) {
    const key = await this.create(options);
    await this.confirmRecovery(key);
    await expect(this.page.getByRole('heading', { name: 'No keys yet' })).toBeVisible();
    return key;
  }

  async unlock(passphrase?: string): Promise<void> {
    await expect(this.unlockHeading).toBeVisible();
    if (passphrase !== undefined) await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  /** The recovery form's new-passphrase field (shown for a passphrase-only vault). */
  get recoverNewPassphrase() {
    return this.page.getByLabel('New passphrase', { exact: true });
  }

  /** Recovers; a passphrase-only vault also gets `newPassphrase` (typed twice). */
  async recover(recoveryKey: string, newPassphrase?: string): Promise<void> {
    const link = this.page.getByRole('button', { name: 'Use the recovery key instead' });
    if (await link.isVisible()) await link.click();
    await this.page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    if (newPassphrase !== undefined) {
      await this.recoverNewPassphrase.fill(newPassphrase);
      await this.page.getByLabel('New passphrase again', { exact: true }).fill(newPassphrase);
    }
    await this.page.getByRole('button', { name: 'Recover', exact: true }).click();
  }

  /** The unlock screen's note that another Keyward re-keyed the vault. */
  get rekeyedNotice() {
    return this.page.getByTestId('rekeyed-notice');
  }
}
