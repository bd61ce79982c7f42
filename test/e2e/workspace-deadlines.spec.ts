/**
 * The Deadlines view's "this membership / all memberships" choice with 60 memberships, in
 * Chromium through browser mode: chosen by keyboard, every membership's deadlines with MCP
 * certifications first and by date, each row naming its membership and opening it; axe clean.
 */
import { evaluate } from '../../shared/rules/evaluate';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import { expect, test } from './fixtures';
import { importWorkspace, shoot } from './home-helpers';

const AS_OF = '2009-08-15';

test('Deadlines of all memberships: MCP certifications first, by date, each opening its membership', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(600_000);
  const doc = await importWorkspace(page, testInfo, workspace.bridge.url);
  await page.getByLabel('As of').fill(AS_OF);
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  await expect(page.getByRole('heading', { name: 'Deadlines', level: 2 })).toBeVisible();

  // What the rules say, joined across memberships by date (stable: workspace order on equal dates).
  const all = evaluate(doc.memberships, { asOf: AS_OF, ruleset: MPP_2009 })
    .memberships.flatMap((m) => m.deadlines)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const mcp = all.filter((d) => d.about.professional && d.about.certification);
  const nameOf = (d: (typeof all)[number]) =>
    `${d.about.membership.name} — ${d.about.membership.location ?? ''}`;

  // Keyboard only: the choice is a radio group; an arrow key moves to "All memberships".
  const thisOne = page.getByRole('radio', { name: 'This membership' });
  await expect(thisOne).toBeChecked();
  await thisOne.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'All memberships' })).toBeChecked();

  const mcpTable = page.getByTestId('deadlines-all-mcp');
  await expect(
    page.getByRole('heading', { name: `MCP certifications (${mcp.length.toLocaleString('en-US')})` }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', {
      name: `Other deadlines (${(all.length - mcp.length).toLocaleString('en-US')})`,
    }),
  ).toBeVisible();
  // MCP certifications come first on the page, each row naming its membership, earliest first.
  const mcpBox = await mcpTable.boundingBox();
  const otherBox = await page.getByTestId('deadlines-all-other').boundingBox();
  expect(mcpBox!.y).toBeLessThan(otherBox!.y);
  const rows = mcpTable.locator('tbody tr.vtable__row');
  for (const [i, deadline] of mcp.slice(0, 3).entries()) {
    await expect(rows.nth(i).locator('td').first()).toHaveText(nameOf(deadline));
    await expect(rows.nth(i).locator('td').nth(1)).toHaveText(deadline.about.professional!.name);
  }
  await shoot(page, testInfo, 'deadlines-all');

  // A row opens its membership, and the view comes back to "This membership" for it.
  const first = nameOf(mcp[0]!);
  await rows
    .first()
    .getByRole('button', { name: `Open ${first}` })
    .click();
  await expect(page.getByRole('radio', { name: 'This membership' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Organization and location' })).toHaveValue(first);
  await expect(page.getByTestId('deadlines-mcp')).toBeVisible();
  await shoot(page, testInfo, 'deadlines-this');
});
