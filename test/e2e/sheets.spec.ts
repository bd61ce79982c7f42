/**
 * Spreadsheets in and out of the list editors (DESIGN §9), through browser mode against a real
 * SQLite file: a 300-row MCP workbook (mapping, date order, a bad row fixed, preview counts,
 * commit, the Deadlines view, undo), 20 references pasted as cells, and the MCP list exported to
 * XLSX and read back with exceljs.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { shoot } from './shots';
import { openSample as openSampleAsOf } from './wizard-helpers';
import { columnsOf } from '../../shared/sheets/columns';

test.describe.configure({ timeout: 240_000 });

async function openSample(page: Page, url: string) {
  await openSampleAsOf(page, url, '2009-08-01');
  await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
}

/** 300 MCPs under the headers a partner portal might use; `bad` puts an impossible date in row 50. */
async function mcpWorkbook(path: string, bad: boolean) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow(['Full name', 'MCPID', 'Cert', 'Date earned', 'Expiry date', 'Shoe size']);
  for (let i = 1; i <= 300; i += 1) {
    const expiry =
      i === 49
        ? bad
          ? '31/02/2010'
          : '28/02/2010'
        : i % 10 === 0
          ? '03/04/2010'
          : new Date(Date.UTC(2010, 0, 1 + (i % 28)));
    sheet.addRow([
      `Imported MCP ${String(i).padStart(3, '0')}`,
      String(9_000_000 + i),
      'MCTS: Imported',
      new Date(Date.UTC(2008, 5, 1)),
      expiry,
      42,
    ]);
  }
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

/** axe in light and dark, and the dialog at both sizes when SHOTS_DIR is set. */
async function shots(page: Page, testInfo: TestInfo, name: string) {
  await shoot(page, `sheets/${name}`);
  await checkScreen(page, testInfo, name);
}

const mcpCount = (page: Page) => page.getByRole('heading', { name: /^MCP certifications/ }).innerText();

test('a 300-row MCP workbook: mapping, date order, a bad row fixed, counts, commit, deadlines, undo', async ({
  page,
  workspace,
}, testInfo) => {
  const bad = testInfo.outputPath('mcps-bad.xlsx');
  const fixed = testInfo.outputPath('mcps-fixed.xlsx');
  await mcpWorkbook(bad, true);
  await mcpWorkbook(fixed, false);
  await openSample(page, workspace.bridge.url);
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  const deadlinesBefore = await mcpCount(page);
  await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
  await page.getByTestId('step-mcps').click();
  const count = () =>
    (
      workspace.db
        .prepare(
          "SELECT count(*) AS n FROM professionals p JOIN memberships m ON m.id = p.membership_id WHERE m.location = 'Seattle'",
        )
        .get() as { n: number }
    ).n;
  const before = count();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from spreadsheet…' }).click();
  await (await chooser).setFiles(bad);
  // The dialog is named after the file, so it is found by role: its name changes with the file.
  const dialog = page.getByRole('dialog');
  await expect(dialog).toHaveAccessibleName('Import MCPs from mcps-bad.xlsx');
  await expect(dialog.getByRole('heading', { name: 'Import MCPs from mcps-bad.xlsx' })).toBeFocused();
  // The dialog has two live regions (the long-work bar's and its own): its own says what was read.
  await expect(dialog.getByRole('status').filter({ hasText: 'rows read' })).toHaveText(
    '300 rows read; header in row 1.',
    { timeout: 60_000 },
  );
  await expect(dialog.getByLabel('Column “Full name” fills')).toHaveValue('name');
  await expect(dialog.getByLabel('Column “Expiry date” fills')).toHaveValue('expiresOn');
  await expect(dialog.getByLabel('Column “Shoe size” fills')).toHaveValue('');
  await expect(dialog.getByText('Ignored columns: “Cert”, “Shoe size”.')).toBeVisible();
  await dialog.getByLabel('Column “Cert” fills').selectOption('certification');
  // Day/month text is never guessed: the dialog asks, and Import stays disabled.
  await expect(dialog.getByText('31 problems to fix before importing')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  // The app asks in its own words, with its own choice: no command-line option is named.
  await expect(
    dialog.getByRole('group', { name: 'How are dates like 03/04/2009 written in this sheet?' }),
  ).toBeVisible();
  await expect(dialog.getByText(/dmy|mdy|--date-order/)).toHaveCount(0);
  await shots(page, testInfo, 'sheet-dialog-problems');
  await dialog.getByLabel('Day/month/year (3 April 2009)').check();
  await expect(dialog.getByText('1 problem to fix before importing')).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(
    'row 50, column "Expiry date": 31/02/2010 is not a date',
  );
  await expect(dialog.getByRole('row', { name: /^50 / })).toContainText('31/02/2010 is not a date');

  // The person fixes row 50 in the spreadsheet and chooses the file again.
  await dialog.getByText('Choose another file…').locator('input').setInputFiles(fixed);
  await expect(dialog.getByRole('heading', { name: 'Import MCPs from mcps-fixed.xlsx' })).toBeVisible();
  await expect(dialog.getByTestId('sheet-effect')).toHaveText('300 to add, 0 to update, 0 unchanged.');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
  await shots(page, testInfo, 'sheet-dialog-ready');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByTestId('professionals-editor').getByRole('status').first();
  await expect(status).toContainText('Imported MCPs: 300 added, 0 updated, 0 unchanged.');
  expect(count()).toBe(before + 300);

  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  await expect.poll(() => mcpCount(page)).not.toBe(deadlinesBefore);
  const total = (text: string) => Number(/\(([\d,]+)\)/.exec(text)?.[1]?.replaceAll(',', ''));
  expect(total(await mcpCount(page)) - total(deadlinesBefore)).toBe(300);

  await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
  await page.getByTestId('step-mcps').click();
  await page.getByTestId('professionals-editor').getByRole('button', { name: 'Undo import' }).click();
  await expect(
    page.getByTestId('professionals-editor').getByText('Import undone: the MCPs are as they were.'),
  ).toBeVisible();
  expect(count()).toBe(before);
});

test('20 references pasted as cells go through the same preview', async ({ page, workspace }) => {
  await openSample(page, workspace.bridge.url);
  await page.getByTestId('step-references-current').click();
  const editor = page.getByTestId('references-editor');
  const lines = ['Customer\tStatus\tAccepted on\tExpires on\tCompetency\tSpecialization'];
  for (let i = 1; i <= 20; i += 1) {
    lines.push(
      `Pasted Customer ${i}\taccepted\t2009-0${1 + (i % 9)}-01\t2010-06-30\tInformation Worker Solutions\tUnified Communications`,
    );
  }
  await editor.getByRole('heading', { name: 'Customer references' }).evaluate((heading, text) => {
    // The page's own DOM classes (this file is type-checked without the DOM library).
    const dom = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => never;
    };
    const data = new dom.DataTransfer();
    data.setData('text/plain', text);
    heading.dispatchEvent(
      new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, lines.join('\n'));
  const dialog = page.getByRole('dialog', { name: 'Import customer references from pasted cells' });
  await expect(dialog.getByTestId('sheet-effect')).toHaveText('20 to add, 0 to update, 0 unchanged.');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(
    editor.getByText('Imported customer references: 20 added, 0 updated, 0 unchanged.'),
  ).toBeVisible();
  const stored = workspace.db
    .prepare("SELECT count(*) AS n FROM customer_references WHERE customer LIKE 'Pasted Customer %'")
    .get() as { n: number };
  expect(stored.n).toBe(20);
});

test('the MCP list exports to XLSX that exceljs reads back with the import headers', async ({
  page,
  workspace,
}) => {
  await openSample(page, workspace.bridge.url);
  await page.getByTestId('step-mcps').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('professionals-editor').getByRole('button', { name: 'Export XLSX' }).click();
  const file = testInfoPath(await download);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, ...columnsOf('mcps').map((c) => c.header)]);
  const names = new Set<string>();
  sheet.eachRow((row, n) => {
    if (n > 1) names.add(String(row.getCell(1).value));
  });
  const stored = workspace.db
    .prepare(
      "SELECT p.name FROM professionals p JOIN memberships m ON m.id = p.membership_id WHERE m.location = 'Seattle'",
    )
    .pluck()
    .all() as string[];
  expect([...names].sort()).toEqual([...stored].sort());

  // The exported workbook imports back as it is: nothing to add or update.
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByTestId('professionals-editor')
    .getByRole('button', { name: 'Import from spreadsheet…' })
    .click();
  await (await chooser).setFiles(await file);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('sheet-effect')).toHaveText(
    `0 to add, 0 to update, ${stored.length} unchanged.`,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

async function testInfoPath(download: Download): Promise<string> {
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}
