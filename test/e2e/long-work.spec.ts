/**
 * Long work in browser mode: a large-ish workspace imported from a file shows the progress bar
 * with what is being done, and Cancel (offered until writing starts) stops the import with
 * nothing written. Every wait is on what the page shows, never on a duration.
 */
import { writeFileSync } from 'node:fs';
import type { Membership } from '../../shared/interchange/schema';
import { fixtureDocument } from '../../electron/db/testing';
import { loadMemberships } from '../../electron/db/membership-read';
import { insertMembership } from '../../electron/db/membership-write';
import { LARGE, syntheticDocument } from '../bench/synthetic';
import { test, expect } from './fixtures';

// About 3 MB: long enough to show its phases, short enough for a busy machine.
const doc = syntheticDocument({ ...LARGE, memberships: 16, seed: 24 });

/** Records every text the progress bar shows, in order, from inside the page. */
const RECORD_PROGRESS = `(() => {
  const seen = (window.__progressSeen = []);
  new MutationObserver(() => {
    const text = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? null;
    if (text !== null && seen.at(-1) !== text) seen.push(text);
  }).observe(document.body, { subtree: true, childList: true, attributes: true });
})()`;

test.setTimeout(60_000);

test('a large import shows what it is doing; Cancel before writing leaves the workspace unchanged', async ({
  page,
  workspace,
}, testInfo) => {
  insertMembership(workspace.db, fixtureDocument().memberships[0] as Membership, 0);
  const before = JSON.stringify(loadMemberships(workspace.db));
  const file = testInfo.outputPath('large.json');
  writeFileSync(file, JSON.stringify(doc));
  await page.goto(workspace.bridge.url);
  const importButton = page.getByRole('button', { name: 'Import…' });
  await expect(importButton).toBeEnabled();
  await page.evaluate(RECORD_PROGRESS);

  // The import's request is held until the cancel has reached the server, so the cancel comes
  // before the check ends however fast or busy the machine is (the server keeps a cancel that
  // overtook its call; a cancel while the page still prepares the request never sends it).
  const isImport = (url: URL) => url.pathname === `/api/${encodeURIComponent('workspace:import')}`;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(isImport, async (route) => {
    await held;
    await route.continue();
  });
  let chooser = page.waitForEvent('filechooser');
  await importButton.click();
  await (await chooser).setFiles(file);
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuetext', /^(Importing the workspace|Preparing the file)/);
  const cancelled = page.waitForResponse((response) => response.url().endsWith('/api/cancel'));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await cancelled;
  release();
  await expect(page.getByTestId('file-status')).toHaveText(/cancelled.*Nothing was changed\./i);
  await expect(bar).toBeHidden();
  expect(JSON.stringify(loadMemberships(workspace.db))).toBe(before);
  await page.unroute(isImport);

  // Imported to its end: the phases follow one another, and Cancel is off once writing starts.
  chooser = page.waitForEvent('filechooser');
  await importButton.click();
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('file-status')).toHaveText(
    new RegExp(`^Imported ${doc.memberships.length} memberships`),
    {
      timeout: 45_000,
    },
  );
  const seen = (await page.evaluate('window.__progressSeen')) as string[];
  // Then every membership's row for the home screen: the one already there and the new ones.
  const total = 1 + doc.memberships.length;
  const writing = seen.findIndex((text) => text.startsWith('Importing memberships — '));
  expect(writing).toBeGreaterThan(0);
  expect(seen.slice(0, writing).some((text) => /checking the file/.test(text))).toBe(true);
  expect(
    seen
      .slice(writing)
      .some((text) => text.startsWith('Evaluating memberships — ') && text.endsWith(` of ${total}`)),
  ).toBe(true);
  expect(loadMemberships(workspace.db)).toHaveLength(total);
});
