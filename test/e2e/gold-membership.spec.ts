import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  checkScreen,
  confirmStep,
  createMembership,
  next,
  openEmpty,
  requirementCard,
} from './wizard-helpers';

const COMPETENCY = 'Information Worker Solutions';
const SPECIALIZATION = 'Unified Communications';

async function addMcp(page: Page, name: string, mcpId: string) {
  await page.getByRole('button', { name: 'Add MCP' }).click();
  const panel = page.getByRole('region', { name: 'New MCP' });
  await panel.getByLabel('Name', { exact: true }).fill(name);
  await panel.getByLabel('MCP ID').fill(mcpId);
  await expect(panel.getByLabel('Associated with the organization')).toBeChecked();
  await panel.getByRole('button', { name: 'Add certification' }).click();
  await panel.getByLabel('Certification 1').fill('MCITP: Enterprise Messaging Administrator');
  await panel.getByLabel('Earned on').fill('2008-03-01');
  await panel.getByLabel('Newer exam by').fill('2010-06-30');
  await panel.getByRole('button', { name: 'Add link (to the chosen competency)' }).click();
  await expect(panel.getByLabel('Competency')).toHaveValue(/.+/);
  await expect(panel.getByLabel('Specialization')).toHaveValue(SPECIALIZATION);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('professionals').getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

test('a Gold membership from empty to ready, walking tabs 1 and 3 as a user would', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(480_000);
  await openEmpty(page, workspace.bridge.url);
  await createMembership(page, {
    name: 'Fabrikam Ltd',
    location: 'Seattle',
    country: 'US',
    level: 'gold',
    expiresOn: '2009-09-30',
  });
  // 46 days before expiry: inside the 90-day window.
  await page.getByLabel('As of').fill('2009-08-15');
  const verdict = page.getByTestId('readiness-verdict');
  await expect(verdict).toHaveText('Not ready yet');
  await expect(page.getByTestId('readiness-days-left')).toHaveText('46 days left');
  await expect(page.getByTestId('readiness-points')).toHaveText('0 points, 120 needed');

  await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the Partner Membership Center' })).toBeVisible();
  await expect(page.getByTestId('step-points')).toHaveAttribute('data-state', 'blocked');
  await checkScreen(page, testInfo, 'gold-01-sign-in-empty');
  await confirmStep(page, 'I signed in to the Partner Membership Center', 'steps.sign-in');
  await page.getByLabel('Done on').fill('2009-08-14');
  await expect(page.getByTestId('step-sign-in')).toHaveAttribute('data-state', 'done');

  await next(page, 'Complete, update or verify your profile');
  await expect(requirementCard(page, 'steps.profile')).toContainText('lacks: address, phone');
  await page.getByLabel('Address').fill('1 Main St, Seattle');
  await page.getByLabel('Phone').fill('+1 555 0100');
  await page.getByLabel('Website').fill('https://fabrikam.example');
  await page.getByLabel('Website').blur();
  await expect(requirementCard(page, 'steps.profile')).toHaveAttribute('data-status', 'todo');
  await confirmStep(page, 'I verified the profile in the Partner Membership Center', 'steps.profile');
  await checkScreen(page, testInfo, 'gold-02-profile');

  await next(page, 'Agree to the terms and conditions');
  await confirmStep(
    page,
    'I agreed to the Microsoft Partner Program terms and conditions',
    'steps.terms-agreed',
  );
  await checkScreen(page, testInfo, 'gold-03-terms');

  await next(page, 'Earn 120 Partner Points');
  await page.getByRole('button', { name: 'Add points entry' }).click();
  await page.getByLabel('Description').fill('Partner program activities');
  await page.getByLabel('Points', { exact: true }).fill('70');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('points-total')).toHaveText('70 points, 120 needed');
  await checkScreen(page, testInfo, 'gold-04-points');

  await next(page, 'Earn a Microsoft competency');
  await page.getByRole('button', { name: 'Add competency' }).click();
  await page.getByLabel('Competency name').fill(COMPETENCY);
  await page.getByLabel('Attained on').fill('2008-05-01');
  await page.getByLabel('Specializations').fill(`${SPECIALIZATION}\nPortals and Collaboration`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('readiness-points')).toHaveText('120 points, 120 needed');
  const chosen = page.getByRole('form', { name: 'Chosen competency' });
  await chosen.getByLabel('Competency').selectOption({ label: COMPETENCY });
  await chosen.getByLabel('Specialization').selectOption(SPECIALIZATION);
  await expect(requirementCard(page, 'gold.competency')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'gold-05-competency');

  await next(page, '2 MCPs or a certified solution');
  await addMcp(page, 'Sam Lee', '8120001');
  await addMcp(page, 'Priya Patel', '8120002');
  await expect(requirementCard(page, 'gold.mcps-or-solution')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'gold-06-mcps');

  await next(page, 'Customer Satisfaction Index');
  await page.getByRole('button', { name: 'Add survey' }).click();
  await page.getByLabel('Participated on').fill('2009-04-01');
  await page.getByLabel('Customer 1', { exact: true }).fill('Contoso');
  await page.getByLabel('Responses from customer 1').fill('9');
  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.getByLabel('Customer 2', { exact: true }).fill('Tailspin Toys');
  await page.getByLabel('Responses from customer 2').fill('3');
  // 9 from Contoso count as 8: the cap of the rules.
  await expect(page.getByTestId('csat-counted')).toContainText(
    '11 counted responses (Contoso 8 of 9, Tailspin Toys 3)',
  );
  await checkScreen(page, testInfo, 'gold-07-csat-form');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('csat').getByRole('row', { name: /11/ })).toBeVisible();
  await expect(requirementCard(page, 'gold.csat')).toHaveAttribute('data-status', 'met');

  await next(page, 'Associate and link the MCPs');
  await expect(requirementCard(page, 'gold.mcp-links')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'gold-08-mcp-links');
  await next(page, 'Newer exams in time');
  await expect(requirementCard(page, 'gold.mcp-exams')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'gold-09-mcp-exams');

  await next(page, 'References up to date');
  await page.getByRole('button', { name: 'Add reference' }).click();
  await page.getByLabel('Customer', { exact: true }).fill('Contoso');
  await page.getByLabel('Status').selectOption('accepted');
  await page.getByLabel('Requested on').fill('2009-01-05');
  await page.getByLabel('Accepted on').fill('2009-01-20');
  await page.getByLabel('Expires on').fill('2010-06-30');
  await page.getByLabel('Competency', { exact: true }).selectOption({ label: COMPETENCY });
  await page.getByLabel('Specialization').selectOption(SPECIALIZATION);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(requirementCard(page, 'gold.references-current')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'gold-10-references');

  await next(page, 'References assigned');
  await expect(requirementCard(page, 'gold.references-assigned')).toHaveAttribute('data-status', 'met');
  await checkScreen(page, testInfo, 'gold-11-references-assigned');
  await next(page, 'Other competency requirements');
  await confirmStep(
    page,
    `The other requirements of ${COMPETENCY} are met and our account reflects it`,
    'gold.competency-other',
  );
  await checkScreen(page, testInfo, 'gold-12-competency-other');
  await next(page, 'Sign the terms and conditions');
  await confirmStep(page, 'I signed the terms and conditions', 'gold.terms-signed');
  await checkScreen(page, testInfo, 'gold-13-terms-signed');

  await next(page, 'Pay the fee for your country');
  await expect(verdict).toHaveText('Not ready yet');
  await page.getByLabel('The fee is paid').check();
  await page.getByLabel('Amount').fill('1500');
  await page.getByLabel('Currency').fill('usd');
  await page.getByLabel('Currency').blur();
  await expect(requirementCard(page, 'gold.fee')).toHaveAttribute('data-status', 'met');
  await expect(verdict).toHaveText('Ready to re-enroll');
  await checkScreen(page, testInfo, 'gold-14-fee-ready');

  // Every step done, and what the screen says is what SQLite holds.
  for (const key of ['sign-in', 'profile', 'terms', 'points', 'competency', 'mcps', 'csat', 'fee']) {
    await expect(page.getByTestId(`step-${key}`)).toHaveAttribute('data-state', 'done');
  }
  const db = workspace.db;
  const fee = db.prepare("SELECT done, amount, currency FROM manual_steps WHERE step = 'feePaid'").get();
  expect(fee).toEqual({ done: 1, amount: 1500, currency: 'USD' });
  const mcps = db.prepare('SELECT count(*) AS n FROM professional_links').get() as { n: number };
  expect(mcps.n).toBe(2);
  const responses = db.prepare('SELECT sum(count) AS n FROM csat_responses').get() as { n: number };
  expect(responses.n).toBe(12);

  // Dark theme: every step of the tab, checked and kept.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('step-sign-in').click();
  for (const key of ['profile', 'competency', 'mcps', 'csat', 'references-current', 'fee']) {
    await page.getByTestId(`step-${key}`).click();
    await checkScreen(page, testInfo, `gold-dark-${key}`);
  }

  // It survives a reload, which opens the same membership on the same tab and step (the
  // address names them); the side panel still says ready.
  await page.reload();
  await expect(page.getByRole('tab', { name: /^Certified or Gold/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('step-fee')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByLabel('Amount')).toHaveValue('1500');
  await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
  await page.getByLabel('As of').fill('2009-08-15');
  await expect(verdict).toHaveText('Ready to re-enroll');
});

test('a Certified membership: the shared steps, then 50 points from a competency, by keyboard', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(240_000);
  await openEmpty(page, workspace.bridge.url);
  await createMembership(page, {
    name: 'Contoso Ltd',
    location: 'Toronto',
    country: 'CA',
    level: 'certified',
    expiresOn: '2009-10-31',
  });
  await page.getByLabel('As of').fill('2009-09-01');
  await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
  await expect(page.getByText('Step 1 of 4')).toBeVisible();
  await expect(page.getByTestId('step-competency')).toHaveCount(0);

  // Keyboard: Next is a button reached and pressed from the keyboard; focus lands on the new step.
  for (const title of ['Complete, update or verify your profile', 'Agree to the terms and conditions']) {
    await page.getByRole('button', { name: `Next: ${title}` }).press('Enter');
    await expect(page.getByRole('heading', { name: title, level: 2 })).toBeFocused();
  }
  await next(page, 'Earn 50 Partner Points');
  await expect(page.getByTestId('points-total')).toHaveText('0 points, 50 needed');
  await page.getByRole('button', { name: 'Add competency' }).press('Enter');
  await expect(page.getByLabel('Competency name')).toBeFocused();
  await page.keyboard.type('Security Solutions');
  await page.getByLabel('Attained on').fill('2009-03-01');
  await page.getByLabel('Attained on').press('Enter');
  // One competency: 30 points and the 20 bonus.
  await expect(page.getByTestId('points-total')).toHaveText('50 points, 50 needed');
  await expect(requirementCard(page, 'certified.points')).toHaveAttribute('data-status', 'met');
  await expect(page.getByTestId('step-points')).toHaveAttribute('data-state', 'done');
  await checkScreen(page, testInfo, 'certified-04-points');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkScreen(page, testInfo, 'certified-04-points-dark');
});
