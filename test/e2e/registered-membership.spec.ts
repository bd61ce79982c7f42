import { test, expect } from './fixtures';
import {
  checkScreen,
  confirmStep,
  createMembership,
  next,
  openEmpty,
  requirementCard,
} from './wizard-helpers';

test('a Registered membership to ready through tab 2, with the Action Pack assessment explained', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(360_000);
  await openEmpty(page, workspace.bridge.url);
  await createMembership(page, {
    name: 'Tailspin Toys',
    location: 'Dublin',
    country: 'IE',
    level: 'registered',
    expiresOn: '2009-09-15',
  });
  await page.getByLabel('As of').fill('2009-08-01');
  const verdict = page.getByTestId('readiness-verdict');
  await expect(page.getByRole('heading', { name: 'Readiness: Registered Member' })).toBeVisible();
  await expect(verdict).toHaveText('Not ready yet');
  // No points threshold for a Registered Member.
  await expect(page.getByTestId('readiness-points')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Registered Members: Re-enrollment' }).click();
  await expect(page.getByText('Step 1 of 4')).toBeVisible();
  await checkScreen(page, testInfo, 'registered-01-sign-in');
  await confirmStep(page, 'I signed in to the Partner Membership Center', 'steps.sign-in');

  await next(page, 'Complete, update or verify your profile');
  await expect(page.getByText('These are complete.')).toBeVisible();
  await expect(requirementCard(page, 'steps.profile')).toHaveAttribute('data-status', 'unmet');
  await page.getByLabel('Address').fill('5 Quay St, Dublin');
  await page.getByLabel('Phone').fill('+353 1 555 0100');
  await page.getByLabel('Phone').blur();
  await expect(requirementCard(page, 'steps.profile')).toHaveAttribute('data-status', 'todo');
  await confirmStep(page, 'I verified the profile in the Partner Membership Center', 'steps.profile');
  await checkScreen(page, testInfo, 'registered-02-profile');

  await next(page, 'Agree to the terms and conditions');
  await confirmStep(
    page,
    'I agreed to the Microsoft Partner Program terms and conditions',
    'steps.terms-agreed',
  );
  await checkScreen(page, testInfo, 'registered-03-terms');
  // The three steps done and the window open: ready, whatever the assessment says.
  await expect(verdict).toHaveText('Ready to re-enroll');

  await next(page, 'Action Pack assessment');
  await expect(page.getByText(/score of 70 percent or higher/)).toBeVisible();
  await expect(page.getByText(/suspended through 31 Dec 2009/)).toBeVisible();
  await expect(requirementCard(page, 'registered.maps-assessment')).toHaveAttribute('data-status', 'todo');
  await page.getByLabel('Score (%)').fill('65');
  await page.getByLabel('Taken on').fill('2009-07-20');
  await page.getByLabel('Taken on').blur();
  await expect(requirementCard(page, 'registered.maps-assessment')).toHaveAttribute('data-status', 'unmet');
  await expect(requirementCard(page, 'registered.maps-assessment')).toContainText(
    'does not block re-enrollment',
  );
  await expect(verdict).toHaveText('Ready to re-enroll');
  await page.getByLabel('Score (%)').fill('72');
  await page.getByLabel('Score (%)').blur();
  await expect(requirementCard(page, 'registered.maps-assessment')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'registered-04-assessment');
  const stored = workspace.db.prepare('SELECT score_percent AS s, taken_on AS t FROM maps_assessments').get();
  expect(stored).toEqual({ s: 72, t: '2009-07-20' });

  // A renewing subscriber below the pass mark is waived until the end of 2009.
  await page.getByLabel('Score (%)').fill('50');
  await page.getByLabel('Score (%)').blur();
  await expect(requirementCard(page, 'registered.maps-assessment')).toHaveAttribute('data-status', 'unmet');
  await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
  await page.getByLabel('Renewing Microsoft Action Pack subscriber').check();
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.getByRole('tab', { name: 'Registered Members: Re-enrollment' }).click();
  await page.getByTestId('step-assessment').click();
  await expect(requirementCard(page, 'registered.maps-assessment')).toHaveAttribute('data-status', 'waived');

  await page.emulateMedia({ colorScheme: 'dark' });
  for (const key of ['sign-in', 'profile', 'terms', 'assessment']) {
    await page.getByTestId(`step-${key}`).click();
    await checkScreen(page, testInfo, `registered-dark-${key}`);
  }
  for (const key of ['sign-in', 'profile', 'terms', 'assessment']) {
    await expect(page.getByTestId(`step-${key}`)).toHaveAttribute('data-state', 'done');
  }
});
