/**
 * The workspace home with 60 memberships, in Chromium through browser mode: the table, search,
 * filters, opening one, the picker, delete and undo, archive, roll forward, and an ICS export
 * for all memberships read back with ical.js. Keyboard only for the table; axe on every screen.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importWorkspace, MEMBERSHIPS, shoot } from './home-helpers';

const table = (page: Page) => page.getByTestId('home-table');
const bodyRows = (page: Page) => table(page).locator('tbody tr.vtable__row');

test('the workspace home: see, search, filter and open memberships', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(600_000);
  const doc = await importWorkspace(page, testInfo, workspace.bridge.url);
  // At start (a new window, whose address names no screen), with memberships in the
  // workspace, the home is what opens.
  await page.goto('about:blank');
  await page.goto(workspace.bridge.url);
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
  // End goes to the last row, far below the view: the table scrolls it in, then Home back up.
  await page.keyboard.press('End');
  const last = page.locator(
    `tr[aria-rowindex="${(await table(page).locator('table').getAttribute('aria-rowcount')) ?? ''}"] .home-table__open`,
  );
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
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
  test.setTimeout(600_000);
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
    /Open, \d+ (?:days?|months?|years?) left|Opens \d+ \w+ \d{4}|Expired \d+ (?:days?|months?|years?) ago/,
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

test('archive, start next year, and one calendar for every membership', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(600_000);
  const doc = await importWorkspace(page, testInfo, workspace.bridge.url);
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await page.getByLabel('As of').fill('2009-08-15');
  const archivedIds = () =>
    workspace.db
      .prepare('SELECT membership_id FROM membership_lifecycle WHERE archived = 1')
      .pluck()
      .all() as string[];

  // Archive: gone from the table and the picker, back from the Archived filter.
  const archived = doc.memberships[5]!.organization;
  const archivedLabel = `${archived.name} — ${archived.location}`;
  await page.getByLabel('Search').fill(archived.name);
  await page.getByRole('button', { name: `Archive ${archivedLabel}` }).click();
  await expect(page.getByText(`Archived ${archivedLabel}.`)).toBeVisible();
  await expect(bodyRows(page)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Organization and location' }).fill(archived.name);
  const listbox = page.getByRole('listbox', { name: 'Memberships' });
  await expect(listbox).toBeVisible();
  await expect(listbox.getByText(archivedLabel, { exact: true })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Organization and location' }).press('Escape');
  await page.getByLabel('Archived').check();
  await expect(bodyRows(page)).toHaveCount(1);
  await shoot(page, testInfo, 'home-archived');
  await page.getByRole('button', { name: `Restore ${archivedLabel}` }).click();
  await expect(page.getByText(`Restored ${archivedLabel}.`)).toBeVisible();
  await page.getByLabel('Archived').uncheck();
  await expect(bodyRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: `Archive ${archivedLabel}` }).click();
  // The click only sends the request: wait for the worker to have written it.
  await expect.poll(archivedIds).toEqual([doc.memberships[5]!.id]);
  await page.getByLabel('Search').fill('');

  // Start next year for one in its window: the old year is archived, read-only, the new one open.
  await page.getByLabel('In window now').check();
  const rolled = bodyRows(page).first();
  const rolledName = (await rolled.locator('.home-table__open').textContent()) ?? '';
  await rolled.getByRole('button', { name: /^Start next year for / }).click();
  const dialog = page.getByRole('alertdialog', { name: /^Start the next year of / });
  await expect(dialog.getByLabel('New expiry date')).toHaveValue(/^20(09|10)-\d{2}-\d{2}$/);
  await shoot(page, testInfo, 'roll-forward-dialog');
  const newExpiry = await dialog.getByLabel('New expiry date').inputValue();
  await dialog.getByRole('button', { name: 'Start next year' }).click();
  await expect(
    page.getByText(new RegExp(`^Started the next year of ${rolledName}.*expiring ${newExpiry}`)),
  ).toBeVisible();
  await page.getByLabel('In window now').uncheck();
  await page.getByLabel('Search').fill(rolledName);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText(/Opens /);
  await page.getByLabel('Archived').check();
  await expect(bodyRows(page).first()).toContainText('Finished year');
  await bodyRows(page).first().locator('.home-table__open').click();
  await expect(page.getByRole('status').filter({ hasText: 'kept read-only for reference' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the next year' }).click();
  await expect(page.getByLabel('Enrollment expires on')).toHaveValue(newExpiry);

  // One calendar for every membership shown, read back with ical.js.
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await expect(bodyRows(page).first()).toBeVisible();
  const total = await page.getByTestId('home-counts').textContent();
  const active = Number(/^(\d+) memberships/.exec(total ?? '')?.[1]);
  // 60 imported, one archived, one finished year archived, its next year added.
  expect(active).toBe(MEMBERSHIPS - 1);
  await page.getByRole('button', { name: `Calendar (ICS) for these ${active}…` }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the readiness report' });
  await expect(exportDialog.getByText(`For ${active} memberships, in one file.`)).toBeVisible();
  await expect(exportDialog.locator('pre')).toContainText('BEGIN:VCALENDAR');
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save…' }).click();
  const ics = readFileSync((await (await download).path()) as string, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const organizations = new Set(doc.memberships.map((m) => m.organization.name));
  const named = new Set(
    events.flatMap((e) => {
      const text = `${String(e.getFirstPropertyValue('summary'))} ${String(e.getFirstPropertyValue('description'))}`;
      return [...organizations].filter((o) => text.includes(o));
    }),
  );
  expect(named.size).toBeGreaterThan(MEMBERSHIPS / 2);
});
