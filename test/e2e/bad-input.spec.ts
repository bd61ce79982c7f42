import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkScreen, createMembership, openEmpty } from './wizard-helpers';

/** The field is marked invalid and its message is shown beside it. */
async function expectFieldError(page: Page, label: string, message: string | RegExp, exact = false) {
  const field = page.getByLabel(label, { exact });
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId, `${label} has an error message`).toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText(message);
}

function count(db: { prepare(sql: string): { get(): unknown } }, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

async function openStep(page: Page, tab: string, step: string) {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByTestId(`step-${step}`).click();
}

const GOLD_TAB = 'Certified or Gold Certified Partners: Re-enrollment';

test('bad input on each form of tabs 2 and 3: an error on the field, and nothing stored', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(360_000);
  const db = workspace.db;
  await openEmpty(page, workspace.bridge.url);
  await createMembership(page, {
    name: 'Fabrikam Ltd',
    location: 'Munich',
    country: 'DE',
    level: 'gold',
    expiresOn: '2009-09-30',
  });
  await page.getByLabel('As of').fill('2009-08-15');

  // Manual step: an impossible date.
  await openStep(page, 'Registered Members: Re-enrollment', 'sign-in');
  await page.getByLabel('Done on').fill('2009-02-30');
  await page.getByLabel('I signed in to the Partner Membership Center').check();
  await expectFieldError(page, 'Done on', 'Expected a date YYYY-MM-DD that exists on the calendar');
  // Next is refused, with a summary whose link focuses the field.
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Sign in to the Partner Membership Center', level: 2 }),
  ).toBeVisible();
  const summaryLink = page.getByRole('link', { name: /Done on: Expected a date/ });
  await expect(summaryLink).toBeVisible();
  await summaryLink.click();
  await expect(page.getByLabel('Done on')).toBeFocused();
  await checkScreen(page, testInfo, 'bad-01-sign-in-date');
  await page.waitForTimeout(800);
  expect(count(db, "SELECT count(*) AS n FROM manual_steps WHERE step = 'signIn' AND done = 1")).toBe(0);

  // Profile: a phone number longer than the profile allows.
  await page.getByTestId('step-profile').click();
  await page.getByLabel('Phone').fill('+1 555 0100 '.repeat(6));
  await page.getByLabel('Phone').blur();
  await expectFieldError(page, 'Phone', 'Enter at most 50 characters');
  await page.waitForTimeout(800);
  expect(count(db, 'SELECT count(*) AS n FROM memberships WHERE phone IS NOT NULL')).toBe(0);

  // Assessment: a score above 100 %.
  await page.getByTestId('step-assessment').click();
  await page.getByLabel('Score (%)').fill('101');
  await page.getByLabel('Score (%)').blur();
  await expectFieldError(page, 'Score (%)', 'The score cannot be above 100 %.');
  await page.waitForTimeout(800);
  expect(count(db, 'SELECT count(*) AS n FROM maps_assessments')).toBe(0);

  // Fee: marked paid without an amount, and a currency that is not three letters.
  await openStep(page, GOLD_TAB, 'fee');
  await page.getByLabel('Currency').fill('US');
  await page.getByLabel('The fee is paid').check();
  await expectFieldError(page, 'Amount', 'A paid fee needs its amount and currency');
  await page.getByLabel('Amount').fill('1500');
  await page.getByLabel('Amount').blur();
  await expectFieldError(page, 'Currency', 'Expected a three-letter currency code like USD');
  await checkScreen(page, testInfo, 'bad-02-fee');
  await page.waitForTimeout(800);
  expect(count(db, "SELECT count(*) AS n FROM manual_steps WHERE step = 'feePaid' AND done = 1")).toBe(0);

  // Other points: points that are not a number.
  await page.getByTestId('step-points').click();
  await page.getByRole('button', { name: 'Add points entry' }).click();
  await page.getByLabel('Description').fill('Partner program activities');
  await page.getByLabel('Points', { exact: true }).fill('ten');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(page, 'Points', 'The number of points must be a whole number, like 12.', true);
  expect(count(db, 'SELECT count(*) AS n FROM other_points')).toBe(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Competency: an impossible attainment date.
  await page.getByTestId('step-competency').click();
  await page.getByRole('button', { name: 'Add competency' }).click();
  await page.getByLabel('Competency name').fill('Information Worker Solutions');
  await page.getByLabel('Attained on').fill('2008-13-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(page, 'Attained on', 'Expected a date YYYY-MM-DD that exists on the calendar');
  await checkScreen(page, testInfo, 'bad-03-competency');
  expect(count(db, 'SELECT count(*) AS n FROM competencies')).toBe(0);
  await page.keyboard.press('Escape');

  // MCP: a certification without the date it was earned.
  await page.getByTestId('step-mcps').click();
  await page.getByRole('button', { name: 'Add MCP' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Sam Lee');
  await page.getByRole('button', { name: 'Add certification' }).click();
  await page.getByLabel('Certification 1').fill('MCITP');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(page, 'Earned on', 'The date it was earned is required');
  await expect(
    page.getByRole('link', { name: 'Earned on: The date it was earned is required' }),
  ).toBeVisible();
  expect(count(db, 'SELECT count(*) AS n FROM professionals')).toBe(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Certified solution: an impossible test date.
  await page.getByRole('button', { name: 'Add solution' }).click();
  await page.getByLabel('Solution name').fill('Fabrikam CRM');
  await page.getByLabel('Tested on').fill('2009-02-29');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(page, 'Tested on', 'Expected a date YYYY-MM-DD that exists on the calendar');
  expect(count(db, 'SELECT count(*) AS n FROM certified_solutions')).toBe(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // CSAT survey: a response count that is not a whole number.
  await page.getByTestId('step-csat').click();
  await page.getByRole('button', { name: 'Add survey' }).click();
  await page.getByLabel('Participated on').fill('2009-04-01');
  await page.getByLabel('Customer 1', { exact: true }).fill('Contoso');
  await page.getByLabel('Responses from customer 1').fill('3.5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(
    page,
    'Responses from customer 1',
    'The number of responses must be a whole number, like 12.',
  );
  await checkScreen(page, testInfo, 'bad-04-csat');
  expect(count(db, 'SELECT count(*) AS n FROM csat_surveys')).toBe(0);
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Reference: no customer and an impossible expiry.
  await page.getByTestId('step-references-current').click();
  await page.getByRole('button', { name: 'Add reference' }).click();
  await page.getByLabel('Expires on').fill('2010-02-30');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectFieldError(page, 'Customer', 'The customer name is required', true);
  await expectFieldError(page, 'Expires on', 'Expected a date YYYY-MM-DD that exists on the calendar');
  await expect(page.getByText('There are 2 problems')).toBeVisible();
  expect(count(db, 'SELECT count(*) AS n FROM customer_references')).toBe(0);

  await page.emulateMedia({ colorScheme: 'dark' });
  await checkScreen(page, testInfo, 'bad-05-reference-dark');
});
