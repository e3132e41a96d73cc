// Assessing a service: the six red flags; the add form then warns about a flagged service.
import { test, expect } from './harness/fixtures';
import { AddKeyPage } from './pages/add-key-page';
import { OnboardingPage } from './pages/onboarding-page';
import { ServicesPage } from './pages/workflow-pages';

test('a service assessment is saved and shown when a key is given to the service', async ({
  app,
}) => {
  await app.open();
  await new OnboardingPage(app.page).createAndConfirm();
  const services = new ServicesPage(app.page);
  await services.goto();
  await services.add('MoonBot Pro', 'https://moonbot.example');
  await expect(services.card('MoonBot Pro').getByRole('group')).toHaveCount(6);
  await services.answer('MoonBot Pro', 'Promises unrealistic returns', 'Yes');
  await services.answer('MoonBot Pro', 'Asks you to disable IP whitelisting', 'Yes');
  await services.answer('MoonBot Pro', 'Has no security documentation', 'No');
  await services.save('MoonBot Pro');
  await expect(services.card('MoonBot Pro')).toContainText('2 red flags recorded');
  // The notice says what happened, not the button's label again.
  await expect(app.page.getByTestId('notice')).toContainText('Assessment of "MoonBot Pro" saved.');
  await expect(app.page.getByTestId('notice')).not.toContainText('Save assessment');

  const vault = await app.readVault();
  const saved = vault.services[0]!;
  expect(saved.name).toBe('MoonBot Pro');
  expect(saved.assessment.assessedAt).not.toBeNull();
  expect(saved.assessment.flags).toMatchObject({
    'unrealistic-returns': 'yes',
    'asks-disable-ip-whitelist': 'yes',
    'no-security-docs': 'no',
    'asks-withdrawals': 'unknown',
  });

  const add = new AddKeyPage(app.page);
  await add.openWithButton();
  await add.fill({ useCase: 'Spot trading bot', label: 'MoonBot - Spot', service: 'MoonBot Pro' });
  await expect(app.page.getByText('2 red flags recorded for this service')).toBeVisible();
  await expect(add.liveFindings.locator('[data-rule="service-red-flag"]')).toHaveCount(2);
});
