// Leak response, rotation, audit, services, findings, settings.
import { expect, type Locator, type Page } from '@playwright/test';

async function nav(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
}

export class LeakPage {
  constructor(private readonly page: Page) {}
  get heading(): Locator {
    return this.page.getByRole('heading', { name: /^Leak response/ });
  }
  step(n: number): Locator {
    return this.page.locator(`[data-testid="leak-response"] li[data-step="${n}"]`);
  }
  async start(): Promise<void> {
    await this.page.getByRole('button', { name: /Start leak response/ }).click();
    await expect(this.step(1)).toBeVisible();
  }
  async markDone(n: number, note?: string): Promise<void> {
    if (note) await this.page.getByLabel(`Note for step ${n} (optional)`).fill(note);
    await this.page.getByRole('button', { name: `Mark step ${n} done` }).click();
    await expect(this.page.getByTestId(`leak-done-${n}`)).toBeVisible();
  }
  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish: the key is revoked' }).click();
  }
  /** The end of the checklist: re-key the vault too, in Settings. */
  get rekeyLink(): Locator {
    return this.page.getByRole('button', { name: 'Re-key the vault in Settings' });
  }
}

export class RotationPage {
  constructor(private readonly page: Page) {}
  step(name: string): Locator {
    return this.page.locator(`[data-testid="rotation"] li[data-step="${name}"]`);
  }
  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start rotation' }).click();
    await expect(this.step('new-key-created')).toBeVisible();
  }
  async recordNew(apiKey: string, secret: string): Promise<void> {
    await this.page.locator('#rot-apikey').fill(apiKey);
    await this.page.locator('#rot-secret').fill(secret);
    await this.page.getByRole('button', { name: 'Save the new key' }).click();
    // Saved: the form (and with it the pasted key's fingerprint line) goes away.
    await expect(this.page.locator('#rot-secret')).toHaveCount(0);
  }
  async markDone(name: string): Promise<void> {
    await this.step(name).getByRole('button', { name: 'Mark done' }).click();
    await expect(this.step(name)).toHaveClass(/done/);
  }
  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'I deleted the old key: finish' }).click();
  }
}

export class AuditPage {
  constructor(private readonly page: Page) {}
  async goto(): Promise<void> {
    await nav(this.page, 'Monthly audit');
    await expect(this.page.getByRole('heading', { name: 'Monthly audit' })).toBeVisible();
  }
  step(n: number): Locator {
    return this.page.locator(`[data-testid="audit"] li[data-step="${n}"]`);
  }
  async start(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start the audit' }).click();
    await expect(this.step(1)).toBeVisible();
  }
  async markDone(n: number): Promise<void> {
    await this.step(n).getByRole('button').click();
    await expect(this.step(n)).toHaveClass(/done/);
  }
  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish the audit' }).click();
  }
}

export class ServicesPage {
  constructor(private readonly page: Page) {}
  async goto(): Promise<void> {
    await nav(this.page, 'Services');
    await expect(this.page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible();
  }
  card(name: string): Locator {
    return this.page.getByTestId('service').filter({ hasText: name });
  }
  async add(name: string, url?: string): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(name);
    if (url) await this.page.getByLabel('Website (optional)').fill(url);
    await this.page.getByRole('button', { name: 'Add service' }).click();
    await expect(this.card(name)).toBeVisible();
  }
  async answer(service: string, flag: string, answer: 'Yes' | 'No' | 'Unknown'): Promise<void> {
    await this.card(service)
      .getByRole('group', { name: flag })
      .getByRole('radio', { name: answer, exact: true })
      .check();
  }
  async save(service: string): Promise<void> {
    await this.card(service).getByRole('button', { name: 'Save assessment' }).click();
  }
}

export class FindingsPage {
  constructor(private readonly page: Page) {}
  async goto(): Promise<void> {
    await nav(this.page, 'Findings');
    await expect(this.page.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible();
  }
  get items(): Locator {
    return this.page.getByTestId('all-findings').locator('li');
  }
}

export class SettingsPage {
  constructor(private readonly page: Page) {}
  async goto(): Promise<void> {
    await nav(this.page, 'Settings');
  }
  async theme(name: 'Follow the system' | 'Light' | 'Dark'): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }
  async language(name: 'English' | '简体中文'): Promise<void> {
    await this.page.locator('#set-language').selectOption({ label: name });
  }
  async clipboard(option: string): Promise<void> {
    await this.page.locator('#set-clipboard').selectOption({ label: option });
  }
  get rekeyHeading() {
    return this.page.getByRole('heading', { name: 'Re-key the vault' });
  }
  get rekeyDone() {
    return this.page.getByTestId('rekey-done');
  }
  /**
   * Re-keys from Settings (a passphrase vault: current and new passphrase) and confirms;
   * returns the new recovery key, still on its confirm form.
   */
  async rekey(passphrases?: { current: string; next: string }): Promise<string> {
    if (passphrases) {
      await this.page.getByLabel('Current passphrase').fill(passphrases.current);
      await this.page.getByLabel(/^New passphrase \(/).fill(passphrases.next);
      await this.page.getByLabel('New passphrase again').fill(passphrases.next);
    }
    await this.page.getByRole('button', { name: 'Re-key the vault…' }).click();
    await this.page.getByRole('button', { name: 'Yes, re-key' }).click();
    const shown = this.page.getByTestId('recovery-key');
    await expect(shown).toBeVisible();
    return (await shown.textContent())?.trim() ?? '';
  }
}
