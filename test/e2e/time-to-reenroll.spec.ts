import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function fillNewMembership(page: Page) {
  await page.getByLabel('Organization name').fill('Fabrikam Ltd');
  await page.getByLabel('Location', { exact: true }).fill('Seattle');
  await page.getByLabel('Country').fill('United States');
  await page.getByLabel('Re-enroll at').selectOption('gold');
  await page.getByLabel('Current level').selectOption('gold');
  await page.getByLabel('Enrollment expires on').fill('2009-09-30');
  await page.getByLabel('Primary program contact').fill('Dana Smith');
  await page.getByLabel('Their email').fill('dana@fabrikam.example');
  await page.getByLabel('Prepared by').fill('Lee Chen');
}

test('creates a membership on the first tab, and it is still there after a reload and a restart', async ({
  page,
  workspace,
}, testInfo) => {
  await page.goto(workspace.bridge.url);
  await expect(page.getByRole('tab', { name: 'Time to Re-enroll?' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // An empty workspace first offers the sample; starting empty leads to the new-membership form.
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'New membership' })).toBeVisible();

  await fillNewMembership(page);
  await page.getByRole('button', { name: 'Create membership' }).click();
  await expect(page.getByRole('heading', { name: 'Time to Re-enroll?', level: 2 })).toBeVisible();

  // Plan as of a day inside the 90-day window: 2009-08-01 is 60 days before expiry.
  await page.getByLabel('As of').fill('2009-08-01');
  await expect(page.getByTestId('window-status')).toHaveText('Open — time to re-enroll');
  await expect(page.getByTestId('days-left')).toHaveText('60');
  await expect(page.getByTestId('opens-on')).toHaveText('2 Jul 2009');
  await expect(page.getByTestId('admin-status')).toHaveText('You cannot re-enroll this membership yourself.');
  await expect(page.getByTestId('admin-detail')).toContainText('Dana Smith');

  // Autosave: the change reaches SQLite, then the status says so.
  await page.getByLabel('The person preparing this is the global program administrator').check();
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await expect(page.getByTestId('admin-status')).toHaveText('You can re-enroll this membership.');
  await page.getByLabel('Location', { exact: true }).fill('Seattle HQ');
  await page.getByLabel('Location', { exact: true }).blur();
  await expect(page.getByTestId('save-status')).toContainText('Saved');

  const shot = testInfo.outputPath('time-to-reenroll.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('time-to-reenroll', { path: shot, contentType: 'image/png' });

  // A reload opens the same membership on the same tab (the address names them).
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Time to Re-enroll?' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('Location', { exact: true })).toHaveValue('Seattle HQ');
  await expect(
    page.getByLabel('The person preparing this is the global program administrator'),
  ).toBeChecked();

  await workspace.restart();
  // A new start (an address naming no screen) opens the workspace home.
  await page.goto(workspace.bridge.url);
  await expect(page.getByRole('heading', { name: 'Workspace', level: 2 })).toBeVisible();
  await expect(page.getByLabel('Organization and location')).toHaveValue('Fabrikam Ltd — Seattle HQ');
  await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
  await expect(page.getByLabel('Organization name')).toHaveValue('Fabrikam Ltd');
  await expect(page.getByLabel('Enrollment expires on')).toHaveValue('2009-09-30');
  await expect(page.getByLabel('Primary program contact')).toHaveValue('Dana Smith');
});

test('an impossible date shows an error on the field and nothing is saved', async ({
  page,
  workspace,
}, testInfo) => {
  await page.goto(workspace.bridge.url);
  await page.getByRole('button', { name: 'Start empty' }).click();
  await fillNewMembership(page);
  await page.getByLabel('Enrollment expires on').fill('2009-02-30');
  await page.getByRole('button', { name: 'Create membership' }).click();
  const field = page.getByLabel('Enrollment expires on');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Expected a date YYYY-MM-DD that exists on the calendar')).toBeVisible();
  const count = workspace.db.prepare('SELECT count(*) AS n FROM memberships').get() as { n: number };
  expect(count.n).toBe(0);

  // The same on an existing membership: the bad edit is refused, the stored date stays.
  await field.fill('2009-09-30');
  await page.getByRole('button', { name: 'Create membership' }).click();
  await expect(page.getByRole('heading', { name: 'Time to Re-enroll?', level: 2 })).toBeVisible();
  await page.getByLabel('Enrollment expires on').fill('2009-13-01');
  await page.getByLabel('Enrollment expires on').blur();
  // On the field, and in the save status, which says it is not saved.
  await expect(
    page.getByText('Expected a date YYYY-MM-DD that exists on the calendar', { exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('save-status')).toContainText(
    'Not saved: expected a date YYYY-MM-DD that exists on the calendar',
  );
  await page.waitForTimeout(800);
  const stored = workspace.db.prepare('SELECT expires_on AS e FROM memberships').get() as { e: string };
  expect(stored.e).toBe('2009-09-30');

  const shot = testInfo.outputPath('impossible-date.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('impossible-date', { path: shot, contentType: 'image/png' });
});
