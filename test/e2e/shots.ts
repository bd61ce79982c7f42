/**
 * Screenshots for looking at a screen: taken only when SHOTS_DIR names a folder
 * (`SHOTS_DIR=/tmp/shots npm run test:e2e`), never committed. The gate sets none and takes none:
 * a picture asserts nothing, and encoding hundreds of full-page PNGs was a large part of its time.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';

const SHOTS_DIR = process.env.SHOTS_DIR;
/** Whether this run takes screenshots. */
export const SHOTS_WANTED = SHOTS_DIR !== undefined && SHOTS_DIR !== '';

/** The two window sizes every changed screen is looked at in. */
export const SHOT_SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;

/** Where a screenshot named `name` (may hold a folder: `home/picker`) goes, or undefined. */
function shotPath(name: string): string | undefined {
  if (!SHOTS_WANTED || SHOTS_DIR === undefined) return undefined;
  const path = join(SHOTS_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** A screenshot of the page as it is, when screenshots are wanted. */
export async function saveShot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = shotPath(name);
  if (path) await page.screenshot({ path, fullPage });
}

/** Saves `name-{light,dark}-{1024x700,1280x800}.png` of the page as it is; puts the viewport back. */
export async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS_WANTED) return;
  const viewport = page.viewportSize();
  for (const size of SHOT_SIZES) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await saveShot(page, `${name}-${colorScheme}-${size.width}x${size.height}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (viewport) await page.setViewportSize(viewport);
}
