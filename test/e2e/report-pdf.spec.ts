/**
 * The PDF export end to end in Chromium, the engine Electron's printToPDF uses: the HTML report
 * of the sample workspace printed to PDF, its text read back with pdftotext, and page 1 rendered
 * to a PNG attached to the test for a person to look at.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseInterchangeText } from '../../shared/interchange/parse';
import { buildReport, preparerOf, renderHtml } from '../../shared/report';
import { evaluate } from '../../shared/rules/evaluate';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import { humanDate } from '../../shared/vocabulary/dates';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'examples', 'fabrikam.json');
const AS_OF = '2009-08-15';

/**
 * Text compared the way pdftotext can give it back: without whitespace, since a wrapped cell
 * may break a long word anywhere, and without hyphens, since pdftotext joins a word broken after
 * a hyphen at a line end ("2009-09-" + "30" comes out as "200909-30").
 */
const comparable = (text: string) => text.replace(/[-\s]/g, '');

/** The PDF's text in content-stream order (-raw): Chromium paints in DOM order, so a cell stays whole. */
function pdfText(pdf: string): string {
  return comparable(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
}

test('prints the HTML report of the sample to a PDF whose text holds every organization and requirement', async ({
  page,
}, testInfo) => {
  const parsed = parseInterchangeText(readFileSync(SAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error(`the sample is invalid: ${JSON.stringify(parsed.problems)}`);
  const memberships = parsed.value.memberships;
  const report = buildReport(memberships, evaluate(memberships, { asOf: AS_OF, ruleset: MPP_2009 }), {
    generatedAt: '2009-08-15T09:30:00.000Z',
    preparer: preparerOf(memberships),
  });

  // Nothing may leave the page: the report is self-contained.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(renderHtml(report), { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('report.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(requests).toEqual([]);

  const text = pdfText(pdf);
  expect(text).toContain(comparable('Re-enrollment readiness report'));
  expect(text).toContain(comparable(`as of ${humanDate(AS_OF)}`));
  for (const membership of report.memberships) {
    expect(text).toContain(comparable(membership.organization.name));
    for (const requirement of membership.requirements) {
      expect(text).toContain(comparable(`${requirement.title}`));
      expect(text).toContain(comparable(requirement.detail));
    }
    for (const gap of membership.gaps) expect(text).toContain(comparable(gap.action));
  }
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m);
  expect(Number(pages?.[1])).toBeGreaterThanOrEqual(report.memberships.length);

  const prefix = testInfo.outputPath('page');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  await testInfo.attach('page-1.png', { path: `${prefix}.png`, contentType: 'image/png' });
  await testInfo.attach('report.pdf', { path: pdf, contentType: 'application/pdf' });
});
