// Findings as a to-do list: the groups of the findings screen, the Findings tab's count, the
// Needs attention strip on the Keys screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class FindingGroups {
  constructor(private readonly page: Page) {}
  get groups(): Locator {
    return this.page.getByTestId('finding-group');
  }
  group(keyId: string | null): Locator {
    return keyId === null
      ? this.groups.filter({ has: this.page.getByRole('heading', { name: /^The whole vault/ }) })
      : this.page.locator(`[data-testid="finding-group"][data-key-id="${keyId}"]`);
  }
  finding(rule: string): Locator {
    return this.page.getByTestId('all-findings').locator(`li[data-rule="${rule}"]`);
  }
  get tabCount(): Locator {
    return this.page.getByRole('navigation').getByTestId('findings-tab-count');
  }
}

export class AttentionStrip {
  constructor(private readonly page: Page) {}
  get strip(): Locator {
    return this.page.getByTestId('attention');
  }
  get items(): Locator {
    return this.strip.locator('li');
  }
  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }
  async snoozeUntil(text: string, day: string): Promise<void> {
    const item = this.item(text);
    await item.getByRole('button', { name: 'Snooze until…' }).click();
    await item.getByLabel('Snooze until the day').fill(day);
    await item.getByRole('button', { name: 'Snooze', exact: true }).click();
  }
  /** What core says of the reminders (snoozed or not), by kind and key. */
  async coreReminders(): Promise<{ kind: string; keyId: string | null; snoozed: boolean }[]> {
    const listed = await this.page.evaluate<{
      value: { kind: string; keyId: string | null; snoozed: boolean }[];
    }>(`window.keyward.reminders.list()`);
    return listed.value;
  }
  async expectShown(count: number): Promise<void> {
    await expect(this.items).toHaveCount(count);
  }
}
