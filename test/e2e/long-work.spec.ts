/**
 * Long work in browser mode: a large generated workspace imported through the Import… button
 * runs in the database worker while the window shows one progress bar that moves; a first import
 * is cancelled while the file is checked (nothing written), a second one runs to its end.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { auditScreen } from './check-screen';
import { shoot } from './shots';
import { LARGE, syntheticDocument } from '../bench/synthetic';

const MEMBERSHIPS = 40;

/** Records every value the progress bar shows, in the page, from now on (a script: no DOM types here). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const seen = (window.progressSeen = []);
    new MutationObserver(() => {
      const text = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext');
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
}

const progressSeen = (page: Page) => page.evaluate('window.progressSeen') as Promise<string[]>;

async function chooseFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
}

test('a large import shows a moving progress bar, can be cancelled before it writes, and finishes', async ({
  page,
  workspace,
}, testInfo) => {
  test.setTimeout(300_000);
  // Memberships of the bench's LARGE shape (500 MCPs, 100 references each), fewer of them.
  const doc = syntheticDocument({ ...LARGE, memberships: MEMBERSHIPS });
  const file = testInfo.outputPath('large-workspace.json');
  writeFileSync(file, JSON.stringify(doc));
  const count = () =>
    (workspace.db.prepare('SELECT count(*) AS n FROM memberships').get() as { n: number }).n;

  await page.goto(workspace.bridge.url);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible({ timeout: 60_000 });
  const bar = page.getByRole('progressbar');

  // Cancelled while the file is checked: said so, and nothing written.
  await chooseFile(page, file);
  await expect(bar).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click({ timeout: 60_000 });
  await expect(page.getByTestId('file-status')).toHaveText('The import was cancelled. Nothing was changed.', {
    timeout: 120_000,
  });
  await expect(bar).toBeHidden();
  expect(count()).toBe(0);

  // The same file again, to its end: the bar moves membership by membership.
  await recordProgress(page);
  await chooseFile(page, file);
  await expect(bar).toHaveAttribute('aria-valuetext', /^Importing memberships — \d+ of 40$/, {
    timeout: 120_000,
  });
  // The window answers while the worker writes: the bar is there, with its values, and a polite status.
  await expect(bar).toHaveAttribute('aria-valuemax', '40');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  await shoot(page, 'import-progress');
  await auditScreen(page, testInfo, 'import-progress');
  await expect(page.getByTestId('file-status')).toHaveText(`Imported ${MEMBERSHIPS} memberships.`, {
    timeout: 120_000,
  });
  await expect(bar).toBeHidden();
  expect(count()).toBe(MEMBERSHIPS);
  const seen = await progressSeen(page);
  const done = seen.flatMap((text) => {
    const match = /^Importing memberships — (\d+) of 40$/.exec(text);
    return match ? [Number(match[1])] : [];
  });
  expect(seen[0]).toMatch(/^Importing the workspace/);
  expect(done.length).toBeGreaterThanOrEqual(3);
  expect(done).toEqual([...done].sort((a, b) => a - b));
});
