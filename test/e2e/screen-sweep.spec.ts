/**
 * Every screen at 1024×700 and 1280×800, light and dark: axe, one row of tabs, and no header,
 * tab, table or list text cut; screenshots under `screen-sweep/` when SHOTS_DIR is set. The
 * sample workspace (four memberships) as of 15 Aug 2009, so every figure is the same on any day.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_PATH } from './harness';
import { expect, test } from './fixtures';
import { sweepScreen } from './screen-fit';
import { openSample, pickMembership } from './wizard-helpers';

// Ten walks; two at a time.
test.describe.configure({ mode: 'parallel', timeout: 1_200_000 });

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

/** Opens a tab and sweeps each step of its wizard, named `prefix-step-key`. */
async function sweepSteps(page: Page, testInfo: Parameters<typeof sweepScreen>[1], prefix: string) {
  // The steps are counted again after each one: a step's state can change which steps show.
  const jumps = page.locator('.wizard__jump');
  // A tab's code loads on first use: count its steps once they are there.
  await expect(jumps.first()).toBeVisible();
  for (let i = 0; i < (await jumps.count()); i++) {
    const jump = jumps.nth(i);
    const key = await jump.getAttribute('data-testid');
    await jump.click();
    await expect(jump).toHaveAttribute('aria-current', 'step');
    await sweepScreen(page, testInfo, `${prefix}-${key}`);
  }
}

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('first run, home, the four tabs, review, deadlines and the report preview', async ({
      page,
      workspace,
    }, testInfo) => {
      await page.goto(workspace.bridge.url);
      await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
      await sweepScreen(page, testInfo, 'first-run');
      await openSample(page, workspace.bridge.url, '2009-08-15');
      await tab(page, 'Workspace').click();
      await expect(page.getByTestId('home-table').locator('tbody tr.vtable__row')).toHaveCount(4);
      await sweepScreen(page, testInfo, 'home');
      await tab(page, 'Time to Re-enroll?').click();
      await expect(page.getByLabel('Organization name')).toHaveValue('Fabrikam Ltd');
      await sweepScreen(page, testInfo, 'overview');
      await tab(page, 'Additional Resources').click();
      await expect(page.getByTestId('checklist')).toBeVisible();
      await sweepScreen(page, testInfo, 'resources');
      await tab(page, 'Review').click();
      await expect(page.getByRole('heading', { name: 'Review', level: 2 })).toBeVisible();
      await sweepScreen(page, testInfo, 'review');
      await page.getByRole('tab', { name: /^Deadlines/ }).click();
      await expect(page.getByTestId('deadlines-mcp')).toBeVisible();
      await sweepScreen(page, testInfo, 'deadlines');
      await page.getByRole('button', { name: 'Export report…' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Export the readiness report' });
      const frame = page.frameLocator('iframe[title="Report preview"]');
      await expect(frame.getByRole('heading', { name: /Fabrikam Ltd/ }).first()).toBeVisible();
      await sweepScreen(page, testInfo, 'report-preview', { withoutFrames: true });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    // The steps are three tests, so the two workers share the longest walks of the sweep.
    test('every step of the Registered tab', async ({ page, workspace }, testInfo) => {
      await openSample(page, workspace.bridge.url, '2009-08-15');
      await tab(page, 'Registered Members: Re-enrollment').click();
      await sweepSteps(page, testInfo, 'registered');
    });

    test('every step of the Certified or Gold tab, and an item form', async ({
      page,
      workspace,
    }, testInfo) => {
      await openSample(page, workspace.bridge.url, '2009-08-15');
      await tab(page, 'Certified or Gold Certified Partners: Re-enrollment').click();
      await sweepSteps(page, testInfo, 'gold');
      // An MCP's form open beside its list.
      await page.getByTestId('step-mcps').click();
      await page.getByRole('button', { name: 'Add MCP' }).click();
      await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
      await sweepScreen(page, testInfo, 'gold-mcp-form');
    });

    test('every step of the Certified or Gold tab for another membership', async ({
      page,
      workspace,
    }, testInfo) => {
      await openSample(page, workspace.bridge.url, '2009-08-15');
      await pickMembership(page, 'Fabrikam Ltd — Munich');
      await tab(page, 'Certified or Gold Certified Partners: Re-enrollment').click();
      await sweepSteps(page, testInfo, 'certified');
    });

    test('the dialogs: import conflict, restore, spreadsheet import, delete', async ({
      page,
      workspace,
    }, testInfo) => {
      await openSample(page, workspace.bridge.url, '2009-08-15');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import…' }).click();
      await (await chooser).setFiles(SAMPLE_PATH);
      const conflict = page.getByRole('dialog', { name: 'Memberships already in the workspace' });
      await expect(conflict).toBeVisible();
      await sweepScreen(page, testInfo, 'dialog-import-conflict');
      await page.getByRole('button', { name: 'Import as new memberships' }).click();
      await expect(conflict).toBeHidden();

      await page.getByRole('button', { name: 'Restore…' }).click();
      const restore = page.getByRole('dialog', { name: 'Restore from a backup' });
      await expect(restore.getByRole('radio').first()).toBeChecked();
      await sweepScreen(page, testInfo, 'dialog-restore');
      await restore.getByRole('button', { name: 'Restore…' }).click();
      await expect(page.getByTestId('restore-confirm')).toBeVisible();
      await sweepScreen(page, testInfo, 'dialog-restore-confirm');
      await page.keyboard.press('Escape');
      await expect(restore).toBeHidden();

      const sheet = testInfo.outputPath('mcps.csv');
      writeFileSync(
        sheet,
        'Full name,MCPID,Certification,Date earned,Expiry date\n' +
          'Sam Lee,1234567,MCITP: Enterprise Messaging Administrator,2008-01-05,\n' +
          'Ana Ortiz,7654321,MCTS: SharePoint,2007-03-01,2010-06-30\n',
      );
      await tab(page, 'Certified or Gold Certified Partners: Re-enrollment').click();
      await page.getByTestId('step-mcps').click();
      const sheetChooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import from spreadsheet…' }).first().click();
      await (await sheetChooser).setFiles(sheet);
      const sheetDialog = page.getByRole('dialog', { name: 'Import MCPs from mcps.csv' });
      await expect(sheetDialog.getByRole('status').filter({ hasText: 'rows read' })).toHaveText(
        '2 rows read; header in row 1.',
      );
      await sweepScreen(page, testInfo, 'dialog-sheet-import');
      await sheetDialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(sheetDialog).toBeHidden();

      await tab(page, 'Workspace').click();
      await page.getByRole('button', { name: 'Delete Fabrikam Ltd — Seattle' }).first().click();
      const remove = page.getByRole('alertdialog', { name: 'Delete Fabrikam Ltd — Seattle?' });
      await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await sweepScreen(page, testInfo, 'dialog-delete');
      await remove.getByRole('button', { name: 'Cancel' }).click();
      await expect(remove).toBeHidden();
    });
  });
}
