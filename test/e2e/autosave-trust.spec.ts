/**
 * The autosave cases a person met: an invalid value is never stored (not even its valid
 * prefix), validation never moves focus, a late answer never overwrites a field being typed
 * in, and the save status says which edit is not saved, with a way to reach it.
 */
import type { Page } from '@playwright/test';
import { loadMembership } from '../../electron/db/membership-read';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { shoot } from './shots';

const SEATTLE = 'm-seattle';
const GOLD_TAB = 'Certified or Gold Certified Partners: Re-enrollment';

async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(page.getByLabel('Organization and location')).toHaveValue('Fabrikam Ltd — Seattle');
}

async function openStep(page: Page, tab: string, step: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByTestId(`step-${step}`).click();
}

const status = (page: Page) => page.getByTestId('save-status');

test('the Action Pack score: an invalid value is never stored and never takes focus', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(600_000);
  await openSample(page, workspace.bridge.url);
  await openStep(page, 'Registered Members: Re-enrollment', 'assessment');
  const score = page.getByLabel('Score (%)');
  const takenOn = page.getByLabel('Taken on');

  // `-5` then Tab: focus stays on the date, and what is typed there lands there.
  await score.fill('');
  await score.pressSequentially('-5', { delay: 30 });
  await page.keyboard.press('Tab');
  await expect(takenOn).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2009-02-20', { delay: 20 });
  await expect(score).toHaveValue('-5');
  await expect(takenOn).toHaveValue('2009-02-20');
  await expect(status(page)).toHaveText(/^Not saved: the score cannot be negative/);
  await page.waitForTimeout(900);
  expect(loadMembership(workspace.db, SEATTLE)?.mapsAssessment).toEqual({
    scorePercent: 85,
    takenOn: '2009-02-15',
  });

  // Select all, type 150 at a typist's pace: nothing of it is stored (not its valid prefix 1).
  await score.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('150', { delay: 60 });
  await expect(score).toHaveValue('150');
  await expect(page.getByRole('alert').filter({ hasText: 'The score cannot be above 100 %.' })).toBeVisible();
  await expect(score).toBeFocused();
  await page.waitForTimeout(900);
  await expect(status(page)).toHaveText(/^Not saved: the score cannot be above 100 %/);
  expect(loadMembership(workspace.db, SEATTLE)?.mapsAssessment?.scorePercent).toBe(85);
  await checkScreen(page, testInfo, 'autosave-invalid');
  await shoot(page, 'save-status-invalid');

  // The status's link takes the person to the field.
  // (another tab: the form goes away, its edit stays, and the link brings both back)
  await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
  await expect(score).toHaveCount(0);
  await status(page).getByRole('button', { name: 'Go to the field' }).click();
  await expect(score).toBeFocused();
  await expect(score).toHaveValue('150');

  // Leaving the membership with the invalid edit asks first; Cancel keeps everything.
  const picker = page.getByRole('combobox', { name: 'Organization and location' });
  await picker.fill('Dublin');
  await page.getByRole('option').filter({ hasText: 'Dublin' }).first().click();
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(leave).toContainText('The score cannot be above 100 %.');
  await expect(leave.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await checkScreen(page, testInfo, 'autosave-leave-dialog');
  await shoot(page, 'leave-dialog');
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(leave).toHaveCount(0);
  await expect(picker).toHaveValue('Fabrikam Ltd — Seattle');
  await expect(score).toHaveValue('150');
  await status(page).getByRole('button', { name: 'Go to the field' }).click();
  await expect(score).toBeFocused();

  // A valid value: saving (answered slowly here), then saved, and the status says so.
  workspace.setResponseDelay(() => 4000);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('90');
  await page.keyboard.press('Tab');
  await expect(status(page)).toHaveText('Saving…');
  await shoot(page, 'save-status-saving');
  workspace.setResponseDelay(() => 0);
  await expect(status(page)).toHaveText(/^Saved at/, { timeout: 15_000 });
  await shoot(page, 'save-status-saved');
  expect(loadMembership(workspace.db, SEATTLE)?.mapsAssessment).toEqual({
    scorePercent: 90,
    takenOn: '2009-02-20',
  });
});

test('the fee: a late answer never overwrites the amount being typed', async ({ page, workspace }) => {
  workspace.setResponseDelay(() => 400);
  await openSample(page, workspace.bridge.url);
  await openStep(page, GOLD_TAB, 'fee');
  const amount = page.getByLabel('Amount');
  await amount.fill('');
  await amount.pressSequentially('-1500', { delay: 30 });
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Currency')).toBeFocused();
  await amount.click();
  await page.keyboard.press('ControlOrMeta+a');
  // A pause after `1` (long enough to save it), then the rest while that save is answered late.
  await page.keyboard.type('1');
  await page.waitForTimeout(650);
  await page.keyboard.type('500', { delay: 90 });
  await expect(amount).toHaveValue('1500');
  await page.keyboard.press('Tab');
  await expect(status(page)).toHaveText(/^Saved at/, { timeout: 5000 });
  await expect(amount).toHaveValue('1500');
  expect(loadMembership(workspace.db, SEATTLE)?.steps.feePaid.amount).toBe(1500);
});

test('emptying the organization name keeps focus where the person goes, stores nothing', async ({
  page,
  workspace,
}) => {
  await openSample(page, workspace.bridge.url);
  const name = page.getByLabel('Organization name');
  await name.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Location', { exact: true })).toBeFocused();
  await page.keyboard.type('X');
  await expect(name).toHaveValue('');
  await page.waitForTimeout(900);
  await expect(status(page)).toHaveText(/^Not saved: /);
  expect(loadMembership(workspace.db, SEATTLE)?.organization).toMatchObject({
    name: 'Fabrikam Ltd',
    location: 'Seattle',
  });
});

test('a pause of more than 500 ms while typing a valid value saves it, focus staying in the field', async ({
  page,
  workspace,
}) => {
  await openSample(page, workspace.bridge.url);
  await openStep(page, 'Registered Members: Re-enrollment', 'assessment');
  const score = page.getByLabel('Score (%)');
  const stored = () => loadMembership(workspace.db, SEATTLE)?.mapsAssessment?.scorePercent;
  await score.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('72', { delay: 30 });
  // No Tab, no click elsewhere: the pause alone saves what the field holds.
  await page.waitForTimeout(700);
  await expect.poll(stored, { timeout: 5000 }).toBe(72);
  await expect(score).toBeFocused();
  await page.keyboard.type('.5', { delay: 30 });
  await page.waitForTimeout(700);
  await expect.poll(stored, { timeout: 5000 }).toBe(72.5);
  await expect(score).toBeFocused();
  await expect(score).toHaveValue('72.5');
});
