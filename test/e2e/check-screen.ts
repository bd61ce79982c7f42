/**
 * One screen, checked the way every screen is: axe with the WCAG 2.1 AA tags (zero violations)
 * in the light theme, and axe's colour rules in the dark one. A theme changes colours only, so
 * the dark pass runs the rules whose verdict depends on colour; the structure is the same DOM.
 */
import { basename } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';
import { saveShot, SHOTS_WANTED } from './shots';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The WCAG 2.1 AA rules whose verdict can change with the colour scheme. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AuditOptions {
  /**
   * Leave frames out: the report preview is a sandboxed frame (no scripts), where axe cannot run
   * and its frame walk never returns. The report's own document is checked by the report tests.
   */
  readonly withoutFrames?: boolean;
  /** Only the rules a colour scheme can change (the second theme of a screen already audited). */
  readonly coloursOnly?: boolean;
  /**
   * The light theme only: for the walks, whose screens the sweep also audits in the dark theme
   * at both window sizes (screen-sweep.spec.ts).
   */
  readonly lightOnly?: boolean;
}

/** Runs axe on the page as it is: zero violations expected. */
export async function auditScreen(page: Page, name: string, options: AuditOptions = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (options.coloursOnly) builder.withRules(COLOUR_RULES);
  else builder.withTags(WCAG_TAGS);
  if (options.withoutFrames) builder.setLegacyMode(true).options({ iframes: false });
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

/**
 * The page in the light then the dark theme: every rule in light, the colour rules in dark, and
 * (with SHOTS_DIR set) a screenshot of each under the spec's name: the whole page, or the window
 * while a dialog's backdrop covers it. Leaves the page in the light theme.
 */
export async function checkScreen(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: AuditOptions = {},
): Promise<void> {
  for (const colorScheme of options.lightOnly ? (['light'] as const) : (['light', 'dark'] as const)) {
    await page.emulateMedia({ colorScheme });
    await auditScreen(page, `${name}-${colorScheme}`, { ...options, coloursOnly: colorScheme === 'dark' });
    if (!SHOTS_WANTED) continue;
    const dialogs = await page.locator('dialog[open], [role="dialog"], [role="alertdialog"]').count();
    const spec = basename(testInfo.file).replace(/\.spec\.ts$/, '');
    await saveShot(page, `${spec}/${name}-${colorScheme}`, dialogs === 0);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
