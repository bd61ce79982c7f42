/**
 * A large workspace (5 memberships × 5,000 MCPs) imported through the Import… button, then the
 * MCP list and the deadlines scrolled end to end: both lists are virtualized, so the page holds
 * a few dozen rows whatever the data, and the last row can still be reached.
 */
import { writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { pickMembership } from './wizard-helpers';
import { syntheticDocument } from '../bench/synthetic';

const MEMBERSHIPS = 5;
const MCPS = 5_000;

/** Scrolls a virtualized table to its end and returns the aria-rowindex of the last row shown. */
async function scrollToEnd(page: Page, table: Locator): Promise<number> {
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await page.waitForTimeout(100);
  await table.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = table.locator('tbody tr.vtable__row').last();
  await expect(last).toBeVisible();
  return Number(await last.getAttribute('aria-rowindex'));
}

test('a 25,000-MCP workspace imports through the Import button and its lists stay virtualized', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(240_000);
  const doc = syntheticDocument({
    memberships: MEMBERSHIPS,
    mcpsPerMembership: MCPS,
    referencesPerMembership: 20,
    surveysPerMembership: 2,
  });
  const file = testInfo.outputPath('large-workspace.json');
  writeFileSync(file, JSON.stringify(doc));

  await page.goto(workspace.bridge.url);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('file-status')).toHaveText(`Imported ${MEMBERSHIPS} memberships.`, {
    timeout: 120_000,
  });
  const stored = workspace.db.prepare('SELECT count(*) AS n FROM professionals').get() as { n: number };
  expect(stored.n).toBe(MEMBERSHIPS * MCPS);
  await page.getByLabel('As of').fill('2009-08-01');

  // The MCP list of the Certified or Gold tab: 5,000 professionals, a few dozen rows in the page.
  await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
  await page.getByTestId('step-mcps').click();
  const mcpTable = page.getByTestId('professionals');
  await expect(mcpTable.locator('tbody tr.vtable__row').first()).toBeVisible();
  expect(await mcpTable.locator('tbody tr.vtable__row').count()).toBeLessThan(100);
  expect(await scrollToEnd(page, mcpTable)).toBe(MCPS + 1);
  await expect(mcpTable.locator('tbody tr.vtable__row').last()).toContainText(`${MCPS}`);
  expect(await mcpTable.locator('tbody tr.vtable__row').count()).toBeLessThan(100);

  // The deadlines of the same membership: thousands of MCP rows, the same few dozen in the page.
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  const deadlines = page.getByTestId('deadlines-mcp');
  await expect(deadlines.locator('tbody tr.vtable__row').first()).toBeVisible();
  const heading = await page.getByRole('heading', { name: /^MCP certifications/ }).innerText();
  const total = Number(/\(([\d,]+)\)/.exec(heading)?.[1]?.replaceAll(',', ''));
  expect(total).toBeGreaterThan(MCPS / 2);
  expect(await deadlines.locator('tbody tr.vtable__row').count()).toBeLessThan(100);
  expect(await scrollToEnd(page, deadlines)).toBe(total + 1);
  await checkScreen(page, testInfo, 'large-deadlines');

  // Switching memberships re-renders 5,000 rows' worth of data without a hang.
  const lastOne = doc.memberships[MEMBERSHIPS - 1]!.organization;
  await pickMembership(page, `${lastOne.name} — ${lastOne.location}`, lastOne.name);
  await expect(deadlines.locator('tbody tr.vtable__row').first()).toBeVisible();
  expect(await deadlines.locator('tbody tr.vtable__row').count()).toBeLessThan(100);
});
