/**
 * Screenshots for looking at a changed screen: light and dark, at 1024×700 and 1280×800, under
 * /tmp/shots/wip/trust/ (outside the repository: screenshots are never committed). The viewport
 * is put back afterwards.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const SHOTS_DIR = process.env.SHOTS_DIR ?? '/tmp/shots/wip/trust';
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
] as const;

/** Saves `name-{light,dark}-{1024x700,1280x800}.png` of the page as it is. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const viewport = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: join(SHOTS_DIR, `${name}-${colorScheme}-${size.width}x${size.height}.png`),
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (viewport) await page.setViewportSize(viewport);
}
