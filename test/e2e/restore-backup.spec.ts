/**
 * Restoring from a backup in browser mode: the list shows each good backup with its date,
 * reason, size and memberships; restoring asks first (Cancel is the default) and takes a backup
 * of the workspace as it is before replacing it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument, parseImportText } from '../../electron/services/import';
import { SAMPLE_PATH } from './harness';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { shoot } from './shots';

test.setTimeout(120_000);

test('restores the workspace from a backup after a confirmation, keeping a backup of now', async ({
  page,
  workspace,
}, testInfo) => {
  const count = () =>
    (workspace.db.prepare('SELECT count(*) AS n FROM memberships').get() as { n: number }).n;
  await page.goto(workspace.bridge.url);
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(page.getByLabel('Organization and location')).toHaveValue('Fabrikam Ltd — Seattle');
  expect(count()).toBe(4);
  // A second sample: its backup holds the first four.
  const sample = parseImportText(readFileSync(SAMPLE_PATH, 'utf8'));
  importDocument(workspace.db, sample, { backupDir: join(workspace.dir, 'backups'), onConflict: 'new' });
  expect(count()).toBe(8);

  await page.getByRole('button', { name: 'Restore…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
  await expect(dialog.getByRole('radio')).toHaveCount(2);
  const newest = dialog.getByRole('radio').first();
  await expect(newest).toBeChecked();
  await expect(dialog.locator('label').first()).toContainText('before an import — 4 memberships');
  await expect(dialog.locator('label').nth(1)).toContainText('before an import — 0 memberships');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await checkScreen(page, testInfo, 'restore-list');
  await shoot(page, 'restore-list');

  await dialog.getByRole('button', { name: 'Restore…' }).click();
  await expect(page.getByTestId('restore-confirm')).toContainText(
    'Replace every membership in the workspace with the 4 of the backup from',
  );
  await shoot(page, 'restore-confirm');
  expect(count()).toBe(8);
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('file-status')).toHaveText('Restored 4 memberships from the backup.');
  expect(count()).toBe(4);
  await page.getByLabel('Organization and location').fill('');
  await expect(page.getByRole('listbox', { name: 'Memberships' }).getByRole('option')).toHaveCount(4);
  await page.getByLabel('Organization and location').press('Escape');

  // The state before the restore is itself a backup now, offered first.
  await page.getByRole('button', { name: 'Restore…' }).click();
  await expect(dialog.locator('label').first()).toContainText('before a restore — 8 memberships');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(count()).toBe(4);
});
