/**
 * One screen, checked the way every screen is: axe with the WCAG 2.1 AA tags (zero violations)
 * and a full-page screenshot, each in the light and the dark theme, attached to the test.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AuditOptions {
  /**
   * Leave frames out: the report preview is a sandboxed frame (no scripts), where axe cannot run
   * and its frame walk never returns. The report's own document is checked by the report tests.
   */
  readonly withoutFrames?: boolean;
}

/** Runs axe (zero violations expected) on the page as it is and keeps a full-page screenshot. */
export async function auditScreen(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: AuditOptions = {},
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.withoutFrames) builder.setLegacyMode(true).options({ iframes: false });
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${name}`).toEqual([]);
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** `auditScreen` in the light then the dark theme; leaves the page in the light theme. */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await auditScreen(page, testInfo, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
