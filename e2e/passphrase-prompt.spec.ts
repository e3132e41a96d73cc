// The passphrase prompt main opens for a passphrase vault's copy/reveal confirmation, its own
// page (out/prompt) with a stand-in for its preload's window.keywardPrompt: it shows main's
// wording, sends what is typed and nothing else, says when it was wrong, clears the field,
// and Escape cancels. Its CSP is the app's, with this test origin in place of app://keyward.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expectAccessible } from './harness/checks';
import { APP_ORIGIN } from './harness/serve-renderer';

const PROMPT_DIR = path.resolve('out/prompt');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const FAKE_PROMPT = `
  window.__promptCalls = [];
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
  });
  window.keywardPrompt = {
    details: async () => ({
      lang: 'en',
      title: 'Keyward',
      message: 'Reveal the secret of "Bot <b>bold</b> - Trading"?',
      fieldLabel: 'Vault passphrase',
      submit: 'Reveal',
      cancel: 'Cancel',
      wrong: 'That is not the vault passphrase.',
    }),
    submit: async (passphrase) => {
      window.__promptCalls.push(['submit', passphrase]);
      return passphrase === 'correct horse battery';
    },
    cancel: async () => void window.__promptCalls.push(['cancel']),
  };
`;

test('the passphrase prompt asks, says when it is wrong, and cancels', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    await context.route(`${APP_ORIGIN}/**`, async (route) => {
      const name = path.basename(new URL(route.request().url()).pathname);
      const file = path.join(PROMPT_DIR, name);
      try {
        let body = await readFile(file, 'utf8');
        if (name.endsWith('.html')) body = body.replaceAll('app://keyward', APP_ORIGIN);
        await route.fulfill({ body, contentType: TYPES[path.extname(name)] ?? 'text/plain' });
      } catch {
        await route.fulfill({ status: 404 });
      }
    });
    await context.addInitScript({ content: FAKE_PROMPT });
    const page = await context.newPage();
    await page.goto(`${APP_ORIGIN}/prompt/prompt.html`);

    // Main's wording, as text (a label is never markup).
    await expect(page.getByText('Reveal the secret of "Bot <b>bold</b> - Trading"?')).toBeVisible();
    const field = page.getByLabel('Vault passphrase');
    await expect(field).toBeFocused();
    await expectAccessible(page, 'passphrase prompt');

    await field.fill('not it');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('That is not the vault passphrase.');
    await expect(field).toHaveValue('');
    await field.fill('correct horse battery');
    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByRole('alert')).toBeHidden();
    await page.keyboard.press('Escape');
    expect(await page.evaluate('window.__promptCalls')).toEqual([
      ['submit', 'not it'],
      ['submit', 'correct horse battery'],
      ['cancel'],
    ]);
    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
  } finally {
    await context.close();
  }
});
