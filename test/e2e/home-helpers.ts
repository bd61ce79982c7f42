/** What the workspace home's end-to-end specs share: a 60-membership workspace, and screenshots with axe. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { syntheticDocument } from '../bench/synthetic';
import { auditScreen } from './check-screen';
import { expect } from './fixtures';

export const MEMBERSHIPS = 60;
const SHOTS = '/tmp/shots/home';

/** axe and a screenshot in light and dark, at 1280×800 and 1024×700, kept under /tmp/shots. */
export async function shoot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await auditScreen(page, testInfo, `${name}-${width}-${colorScheme}`);
      await page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Imports a synthetic workspace of MEMBERSHIPS memberships through the Import… button. */
export async function importWorkspace(page: Page, testInfo: TestInfo, url: string) {
  const doc = syntheticDocument({
    memberships: MEMBERSHIPS,
    mcpsPerMembership: 20,
    referencesPerMembership: 4,
    surveysPerMembership: 2,
  });
  const file = testInfo.outputPath('sixty.json');
  writeFileSync(file, JSON.stringify(doc));
  await page.goto(url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('file-status')).toHaveText(`Imported ${MEMBERSHIPS} memberships.`);
  return doc;
}
