// The CLI and the app on one vault: a key added by the CLI appears in the open app, and the
// findings the app shows are the ones `keyward audit --json` prints.
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';
import { FindingsPage } from './pages/workflow-pages';

test('a key added with the CLI shows in the open app; findings match keyward audit', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  await seedKeys(app.page, SAMPLE_KEYS.slice(0, 2));
  await app.open();
  const keys = new KeysPage(app.page);
  await expect(keys.rows).toHaveCount(2);

  const added = app.cli(
    [
      'add',
      '--label',
      'Koinly - Tax Export',
      '--provider',
      'binance',
      '--use-case',
      'tax-reports',
      '--api-key',
      'KoinlyApiKey0123456789abcdefghijklmnop',
      '--ip',
      '198.51.100.20',
    ],
    'KoinlySecret0123456789abcdefghijklmnop\n',
  );
  expect(added.stderr).toBe('');
  expect(added.status).toBe(0);
  await app.cliWroteVault();
  await expect(keys.row('Koinly - Tax Export')).toBeVisible();
  await expect(keys.rows).toHaveCount(3);

  const audit = app.cli(['audit', '--json']);
  const cliFindings = JSON.parse(audit.stdout) as { rule: string; keyId: string | null }[];
  const findings = new FindingsPage(app.page);
  await findings.goto();
  await expect(findings.items).toHaveCount(cliFindings.length);
  const shownRules: string[] = [];
  for (const item of await findings.items.all())
    shownRules.push((await item.getAttribute('data-rule')) ?? '');
  expect(shownRules.sort()).toEqual(cliFindings.map((f) => f.rule).sort());
});
