/** What the workspace home's end-to-end specs share: a 60-membership workspace, and screenshots with axe. */
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { syntheticDocument } from '../bench/synthetic';
import { checkScreen } from './check-screen';
import { SHOT_SIZES } from './shots';
import { expect } from './fixtures';

export const MEMBERSHIPS = 60;
/** axe in light and dark at 1280×800 and 1024×700 (screenshots too when SHOTS_DIR is set). */
export async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const size of SHOT_SIZES) {
    await page.setViewportSize(size);
    await checkScreen(page, testInfo, `${name}-${size.width}x${size.height}`);
  }
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
