/**
 * The product on another ruleset (shared/rules/README.md, "Rulesets are data"): started on
 * test/fixtures/rulesets/test-2011.json, every tab and the report show that ruleset's numbers
 * and none of mpp-2009's, with no code change.
 */
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { loadRulesetFile } from '../../electron/cli/ruleset-option';
import type { Ruleset } from '../../shared/rules/ruleset';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import { humanDate } from '../../shared/vocabulary/dates';
import { ROOT, startWorkspace, type Workspace } from './harness';
import { shoot } from './shots';

// Read as `--ruleset FILE` reads it, before the workspace that runs on it starts.
let RULESET: Ruleset;

const test = base.extend<{ workspace: Workspace }>({
  // eslint-disable-next-line no-empty-pattern
  workspace: async ({}, use) => {
    const workspace = await startWorkspace({ ruleset: RULESET });
    await use(workspace);
    await workspace.close();
  },
});

test.beforeAll(async () => {
  RULESET = await loadRulesetFile(join('test', 'fixtures', 'rulesets', 'test-2011.json'), ROOT);
});

test.describe.configure({ timeout: 240_000 });

/** mpp-2009's numbers and dates as a screen would write them; the test ruleset shares none. */
const MPP_TEXT: readonly RegExp[] = [
  new RegExp(`\\b${MPP_2009.points.gold}\\b`),
  new RegExp(`\\b${MPP_2009.points.certified} (?:partner |qualifying )?points`, 'i'),
  new RegExp(`\\b${MPP_2009.windowDays}[ -]days?\\b`),
  new RegExp(`\\b${MPP_2009.maps.passPercent} ?(?:%|percent)`),
  new RegExp(`\\b${MPP_2009.csat.maxPerCustomer} (?:responses )?(?:per|from (?:one|the same)) customer`, 'i'),
  new RegExp(`\\bup to ${MPP_2009.csat.maxPerCustomer} responses`),
  new RegExp(`\\b${MPP_2009.csat.responsesRequired} (?:or more )?responses`),
  new RegExp(`\\b${MPP_2009.csat.responsesRequired} needed`),
  /\btwo MCPs\b|\b2 MCPs\b/i,
  new RegExp(`\\b${MPP_2009.references.leadDays} days ahead`),
  new RegExp(humanDate(MPP_2009.csat.requiredFrom)),
  new RegExp(humanDate(MPP_2009.maps.renewingWaivedThrough)),
  new RegExp(`\\b${MPP_2009.id}\\b`),
];

/** The main area's text on this screen holds none of mpp-2009's numbers. */
async function expectNoMppNumbers(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText();
  for (const re of MPP_TEXT) expect(text, `${where}: ${re}`).not.toMatch(re);
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: false });

test('every tab and the report show the test ruleset and none of mpp-2009', async ({ page, workspace }) => {
  const { points, csat, mcps, maps, references } = RULESET;
  await page.goto(workspace.bridge.url);
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(page.getByLabel('Organization and location')).toHaveValue('Fabrikam Ltd — Seattle');
  await page.getByLabel('As of').fill('2009-08-15');

  await tab(page, 'Time to Re-enroll?').click();
  await expect(page.getByText(`When ${RULESET.windowDays} days or fewer are left`)).toBeVisible();
  await expect(
    page.getByText(
      `excused from the Action Pack assessment through ${humanDate(maps.renewingWaivedThrough)}`,
    ),
  ).toBeVisible();
  await expectNoMppNumbers(page, 'overview');
  await shoot(page, 'ruleset-overview');

  await tab(page, 'Registered Members').click();
  await page.getByTestId('step-assessment').click();
  await expect(page.getByText(`score of ${maps.passPercent} percent or higher`)).toBeVisible();
  await expectNoMppNumbers(page, 'registered assessment');

  await tab(page, 'Certified or Gold Certified Partners').click();
  await expect(page.getByTestId('step-points')).toContainText(`Earn ${points.gold} Partner Points`);
  await page.getByTestId('step-points').click();
  await expect(page.getByTestId('points-total')).toContainText(`points, ${points.gold} needed`);
  await expect(page.getByText(`You earn ${points.perCompetency} points with each competency`)).toBeVisible();
  await expectNoMppNumbers(page, 'points step');
  await shoot(page, 'ruleset-points');
  await page.getByTestId('step-mcps').click();
  await expect(page.getByText(`at least ${mcps.required} Microsoft Certified Professionals`)).toBeVisible();
  await expectNoMppNumbers(page, 'MCP step');
  await page.getByTestId('step-csat').click();
  await expect(
    page.getByText(`with ${csat.responsesRequired} or more responses; up to ${csat.maxPerCustomer}`),
  ).toBeVisible();
  await expect(page.getByText(`from ${humanDate(csat.requiredFrom)} on`)).toBeVisible();
  await expectNoMppNumbers(page, 'CSAT step');
  await shoot(page, 'ruleset-csat');
  await page.getByTestId('step-references-current').click();
  await expect(page.getByText(`at least ${references.leadDays} days ahead`)).toBeVisible();
  await expectNoMppNumbers(page, 'references step');

  await tab(page, 'Additional Resources').click();
  await expect(page.getByTestId('estimate-levels')).toContainText(
    `Gold Certified Partner (${points.gold} points)`,
  );
  await expect(
    page
      .getByText(`Certified: ${points.certified} partner points; Gold: ${points.gold} partner points.`)
      .first(),
  ).toBeVisible();
  await expectNoMppNumbers(page, 'resources');
  await shoot(page, 'ruleset-resources');

  await tab(page, 'Review').click();
  await expect(page.getByText(RULESET.requirements['gold.points'].title).first()).toBeVisible();
  await expectNoMppNumbers(page, 'review');

  await tab(page, 'Deadlines').click();
  await expect(
    page.getByRole('option', { name: `Within ${RULESET.deadlines.soonDays} days` }),
  ).toBeAttached();
  await expectNoMppNumbers(page, 'deadlines');

  await tab(page, 'Workspace').click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoMppNumbers(page, 'workspace home');

  // The report: the preview is the saved HTML itself.
  await page.getByRole('button', { name: 'Export report…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export the readiness report' });
  const frame = page.frameLocator('iframe[title="Report preview"]');
  await expect(frame.getByText(RULESET.requirements['gold.points'].title).first()).toBeVisible();
  const report = await frame.locator('body').innerText();
  expect(report).toContain(`${points.gold} needed`);
  for (const re of MPP_TEXT) expect(report, `report: ${re}`).not.toMatch(re);
  await expect(dialog).toBeVisible();
});
