/**
 * Focus after an action that replaces the content: the new content's heading has focus
 * (document.activeElement), never the page body — after Create membership, Review everything,
 * the Review page's "Go to …", opening a membership from the home or the picker, New membership,
 * an import and a restore. New membership also leaves no screen showing the membership left.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_PATH } from './harness';
import { test, expect } from './fixtures';
import { createMembership, openEmpty } from './wizard-helpers';

test.setTimeout(180_000);

/** The focused element's tag and text, to compare with the heading expected. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName ?? '', text: element?.textContent?.trim() ?? '' };
  });

async function expectHeadingFocused(page: Page, name: string | RegExp) {
  await expect(page.getByRole('heading', { name, level: 2 })).toBeFocused();
  const active = await focused(page);
  expect(active.tag).toBe('H2');
  expect(active.text).toMatch(name);
}

test('focus goes to the new heading after each action that replaces the content', async ({
  page,
  workspace,
}, testInfo) => {
  await openEmpty(page, workspace.bridge.url);
  await createMembership(page, {
    name: 'Fabrikam Ltd',
    location: 'Seattle',
    country: 'US',
    level: 'registered',
    expiresOn: '2099-09-30',
  });
  await expectHeadingFocused(page, 'Time to Re-enroll?');

  // Review everything, from the last step of the Registered tab.
  await page.getByRole('tab', { name: /Registered/ }).click();
  await page.locator('[data-testid^="step-"]').last().click();
  await page.getByRole('button', { name: 'Review everything' }).click();
  await expectHeadingFocused(page, 'Review');

  // A "Go to …" button on the Review page: the step it opens has focus.
  const goTo = page.getByRole('button', { name: /^Go to .* to fix: / }).first();
  await goTo.click();
  await expect(page.locator('[role="tabpanel"] h2').first()).toBeFocused();
  expect((await focused(page)).tag).toBe('H2');

  // New membership, from the header while Deadlines is open, leaves no screen showing the
  // membership left behind.
  await page.getByRole('tab', { name: /Deadlines/ }).click();
  await expect(page.getByRole('heading', { name: 'Deadlines', level: 2 })).toBeVisible();
  await page.locator('.app__header').getByRole('button', { name: 'New membership' }).click();
  await expectHeadingFocused(page, 'New membership');
  await page.getByRole('tab', { name: 'Review' }).click();
  await expect(page.getByText('Create or open a membership on the first tab to review it.')).toBeVisible();
  await expect(page.getByTestId('review-verdict')).toHaveCount(0);
  await page.getByRole('tab', { name: /Deadlines/ }).click();
  await expect(page.getByText(/Open a membership on the Workspace tab to see its deadlines/)).toBeVisible();
  await expect(page.getByText('Fabrikam Ltd')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Opening a membership from the home.
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await page
    .getByRole('table', { name: 'Memberships' })
    .getByRole('button', { name: 'Fabrikam Ltd', exact: true })
    .click();
  await expectHeadingFocused(page, 'Time to Re-enroll?');

  // An import (the sample, under other names so nothing conflicts) opens its first membership.
  const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
  for (const m of sample.memberships) m.organization.name = `Imported ${m.organization.name}`;
  const file = testInfo.outputPath('sample.json');
  writeFileSync(file, JSON.stringify(sample));
  await page.getByRole('tab', { name: /Registered/ }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('file-status')).toHaveText(/^Imported 4 memberships/);
  await expect(page.locator('[role="tabpanel"] h2').first()).toBeFocused();

  // A restore (of the backup the import took).
  await page.getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await dialog.getByRole('button', { name: 'Restore…' }).click();
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByTestId('file-status')).toHaveText('Restored 1 membership from the backup.');
  await expect(page.locator('[role="tabpanel"] h2').first()).toBeFocused();
  expect((await focused(page)).tag).toBe('H2');
});
