/**
 * Imports match memberships, not ids: a workspace made in an older app (its Contoso membership
 * has id `m-1`) meets a file whose `m-1` is "Org 1 — Osaka". Nothing of Contoso is replaced; the
 * dialog asks only about the file's own Contoso, naming both sides, and its default is safe.
 */
import { writeFileSync } from 'node:fs';
import type { InterchangeDocument, Membership } from '../../shared/interchange/schema';
import { fixtureDocument } from '../../electron/db/testing';
import { loadMemberships } from '../../electron/db/membership-read';
import { insertMembership } from '../../electron/db/membership-write';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { shoot } from './shots';

const base = fixtureDocument().memberships[0] as Membership;
const membership = (id: string, name: string, location: string): Membership => ({
  ...base,
  id,
  organization: { ...base.organization, name, location, partnerId: null },
});
const file = (...memberships: Membership[]): string =>
  JSON.stringify({ format: 'partner-reenrollment', version: 1, memberships } satisfies InterchangeDocument);

test.setTimeout(120_000);

test('a file whose ids collide never replaces Contoso; the dialog names both sides; Cancel is the default', async ({
  page,
  workspace,
}, testInfo) => {
  insertMembership(workspace.db, membership('m-1', 'Contoso Consulting Ltd', 'Dublin'), 0);
  const contoso = JSON.stringify(loadMemberships(workspace.db));
  await page.goto(workspace.bridge.url);
  await expect(page.getByLabel('Organization and location')).toBeVisible();

  // Only an unrelated membership under the same id: no question, it comes in as new.
  const osaka = testInfo.outputPath('osaka.json');
  writeFileSync(osaka, file(membership('m-1', 'Org 1', 'Osaka')));
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(osaka);
  await expect(page.getByTestId('file-status')).toHaveText('Imported 1 membership (1 under a new id).');
  const names = () =>
    loadMemberships(workspace.db).map((m) => `${m.organization.name} — ${m.organization.location}`);
  expect(names()).toEqual(['Contoso Consulting Ltd — Dublin', 'Org 1 — Osaka']);
  expect(JSON.stringify(loadMemberships(workspace.db).slice(0, 1))).toBe(contoso);

  // The file's own Contoso (written differently) is the same membership: the app asks.
  const mixed = testInfo.outputPath('mixed.json');
  writeFileSync(
    mixed,
    file(membership('m-1', 'Org 2', 'Kyoto'), membership('m-2', 'CONTOSO Consulting Ltd', 'dublin')),
  );
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(mixed);
  const dialog = page.getByRole('dialog', { name: 'Memberships already in the workspace' });
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('conflict-list')).toContainText(
    'In the workspace: Contoso Consulting Ltd — Dublin',
  );
  await expect(page.getByTestId('conflict-list')).toContainText(
    'In the file: CONTOSO Consulting Ltd — dublin (same organization and location)',
  );
  await expect(dialog).toContainText('The other membership in the file is added as new either way.');
  await expect(dialog).not.toContainText('m-1');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await checkScreen(page, testInfo, 'import-conflict-names');
  await shoot(page, 'import-conflict-dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(names()).toEqual(['Contoso Consulting Ltd — Dublin', 'Org 1 — Osaka']);

  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(mixed);
  await page.getByRole('button', { name: 'Import as new memberships' }).click();
  await expect(page.getByTestId('file-status')).toHaveText('Imported 2 memberships (1 under a new id).');
  expect(names()).toEqual([
    'Contoso Consulting Ltd — Dublin',
    'Org 1 — Osaka',
    'Org 2 — Kyoto',
    'CONTOSO Consulting Ltd — dublin',
  ]);
  expect(JSON.stringify(loadMemberships(workspace.db).slice(0, 1))).toBe(contoso);
});
