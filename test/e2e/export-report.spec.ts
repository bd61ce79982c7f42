import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { openSample } from './wizard-helpers';

test('exports the readiness report with a preview, in HTML and as a calendar', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(120_000);
  await openSample(page, workspace.bridge.url, '2009-08-15');

  await page.getByRole('button', { name: 'Export report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the readiness report' });
  await expect(dialog).toBeVisible();

  // The HTML preview is the saved text itself, in a frame that runs no script.
  const frame = page.frameLocator('iframe[title="Report preview"]');
  await expect(frame.getByRole('heading', { name: /Fabrikam Ltd/ }).first()).toBeVisible();
  await expect(dialog.locator('iframe')).toHaveAttribute('sandbox', '');
  // axe cannot run inside a frame that allows no script, so the HTML preview is looked at, not audited.
  const shot = testInfo.outputPath('export-html-preview.png');
  await page.screenshot({ path: shot });
  await testInfo.attach('export-html-preview', { path: shot, contentType: 'image/png' });

  const htmlDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toBe('readiness-fabrikam-ltd-seattle-2009-08-15.html');
  const htmlText = readFileSync(await html.path(), 'utf8');
  expect(htmlText).toContain('Fabrikam Ltd');
  expect(htmlText).not.toMatch(/<script|<link|src="http/i);

  await page.getByRole('button', { name: 'Export report…' }).click();
  await dialog.getByLabel(/Calendar \(ICS\)/).check();
  await expect(dialog.locator('pre')).toContainText('BEGIN:VCALENDAR');
  await checkScreen(page, testInfo, 'export-ics');
  const icsDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save…' }).click();
  const ics = await icsDownload;
  expect(ics.suggestedFilename()).toBe('deadlines-fabrikam-ltd-seattle-2009-08-15.ics');
  const icsText = readFileSync(await ics.path(), 'utf8');
  expect(icsText.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(icsText).toContain('BEGIN:VALARM');

  // PDF needs Chromium's printer in the desktop app; browser mode says so instead of faking it.
  await page.getByRole('button', { name: 'Export report…' }).click();
  await dialog.getByLabel(/PDF/).check();
  await dialog.getByRole('button', { name: 'Save…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('PDF export needs the desktop app');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The Deadlines view offers the calendar directly, and the Review page the report.
  await page.getByRole('tab', { name: /^Deadlines/ }).click();
  await page.getByRole('button', { name: 'Add to calendar (ICS)…' }).click();
  await expect(dialog.getByLabel(/Calendar \(ICS\)/)).toBeChecked();
  await expect(dialog.locator('pre')).toContainText('BEGIN:VEVENT');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Review' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Export report…' }).click();
  await expect(dialog.getByLabel(/Web page \(HTML\)/)).toBeChecked();
});
