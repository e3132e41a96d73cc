// Asking the exchange from the app: a key whose exchange grants more than recorded shows the
// difference beside the record; accepting takes the exchange's answer as the record. The
// exchange is the local fake (KEYWARD_EXCHANGE_URL_BINANCE), never a real host.
import { FakeExchange } from '../electron/core/exchanges/test/fake-exchange';
import { test, expect } from './harness/fixtures';
import { SAMPLE_KEYS, seedKeys } from './harness/seed';
import { CheckPanel } from './pages/check-panel';
import { KeysPage } from './pages/keys-page';
import { OnboardingPage } from './pages/onboarding-page';

const sample = SAMPLE_KEYS[0]!;

test('check a drifted key, see the difference, accept it', async ({ app }) => {
  const fake = await new FakeExchange().start();
  const env = fake.overrideEnv();
  Object.assign(process.env, env);
  try {
    await app.open();
    await new OnboardingPage(app.page).createAndConfirm();
    await seedKeys(app.page, [sample]);
    await app.open();
    // At the exchange the key can also withdraw, which its record does not say.
    fake.add({
      provider: 'binance',
      apiKey: sample.apiKey,
      keyType: 'hmac',
      secret: sample.secret,
      permissions: { ...sample.permissions!, withdrawals: true },
      extras: [],
      ips: ['203.0.113.10'],
    });
    await new KeysPage(app.page).open(sample.label);
    const panel = new CheckPanel(app.page);
    await panel.check();
    await expect(panel.outcome).toHaveText('Differs from the record');
    await expect(panel.differences).toHaveCount(1);
    await expect(panel.difference('permissions.withdrawals')).toHaveAttribute(
      'data-testid',
      'check-difference',
    );
    await expect(panel.difference('permissions.withdrawals')).toContainText(/No\s*Yes/);

    await panel.accept();
    await expect(panel.outcome).toHaveText('Matches');
    await expect(panel.differences).toHaveCount(0);
    const vault = await app.readVault();
    const key = vault.keys[0]!;
    expect(key.permissions.withdrawals).toBe(true);
    expect(key.lastCheck?.outcome).toBe('ok');
    expect(key.history.map((e) => e.type)).toContain('exchange-accepted');
    expect(await app.page.content()).not.toContain(sample.secret);
  } finally {
    for (const name of Object.keys(env)) delete process.env[name];
    await fake.stop();
  }
});
