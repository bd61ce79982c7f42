import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { checkScreen } from './check-screen';
import { openSample as openSampleAsOf, pickMembership } from './wizard-helpers';

/** The sample as of 1 Aug 2009, from the first-run screen's Welcome. */
async function openSample(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await openSampleAsOf(page, url, '2009-08-01');
}

async function pick(page: Page, membership: string) {
  await pickMembership(page, membership);
}

// Each test walks a whole screen and checks it with axe and screenshots in two themes.
test.describe.configure({ timeout: 150_000 });

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: false });

test('first run offers an empty start or the sample', async ({ page, workspace }, testInfo) => {
  await page.goto(workspace.bridge.url);
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
  await checkScreen(page, testInfo, 'first-run');
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'New membership' })).toBeVisible();
  const count = workspace.db.prepare('SELECT count(*) AS n FROM memberships').get() as { n: number };
  expect(count.n).toBe(0);
});

test('Additional Resources: estimator what-if, qualifications per level, checklist, service center kept', async ({
  page,
  workspace,
}, testInfo) => {
  await openSample(page, workspace.bridge.url);
  await pick(page, 'Fabrikam Ltd — Munich');
  await tab(page, 'Additional Resources').click();

  // Qualifications per level: Munich has 70 points, so Gold is out of reach and Certified is the fallback.
  await expect(page.getByTestId('qualification-registered')).toContainText('Qualifies');
  await expect(page.getByTestId('qualification-certified')).toContainText('Qualifies');
  const gold = page.getByTestId('qualification-gold');
  await expect(gold).toContainText('Does not qualify yet');
  await expect(gold).toContainText('Gold: 120 partner points');
  await expect(page.getByTestId('qualification-fallback')).toContainText('Certified Partner');

  // The estimator starts from the recorded 70 points and follows each keystroke; nothing is saved.
  const total = page.getByTestId('estimate-total');
  await expect(total).toHaveText('70');
  await expect(page.getByTestId('estimate-levels')).toContainText(
    'Gold Certified Partner (120 points): 50 points short',
  );
  await page.getByLabel('More competencies attained').fill('1');
  await expect(total).toHaveText('100');
  await expect(page.getByTestId('estimate-levels')).toContainText('20 points short');
  await page.getByLabel('More points from other ways').fill('20');
  await expect(total).toHaveText('120');
  await expect(page.getByTestId('estimate-levels')).toContainText(
    'Gold Certified Partner (120 points): points reached; qualifies',
  );
  await page.getByLabel('More points from other ways').fill('-3');
  await expect(page.getByText('The number of points cannot be negative')).toBeVisible();
  await page.getByLabel('More points from other ways').fill('20');
  const competencies = workspace.db.prepare('SELECT count(*) AS n FROM competencies').get() as { n: number };
  const beforeCount = competencies.n;

  // Every resource of the page is listed with an offline explanation.
  for (const title of [
    'Other Ways to Earn Points',
    'Demo Showcase for the People-Ready Business',
    'Guide to Managing Customer References',
    'Guide to Managing Microsoft Certified Professionals',
    'Partner Learning Center',
    'Partner Points Estimator',
    'Partner Solution Finder',
    'Partner Solution Profiler',
    'Re-enrollment Checklist',
    'Re-enrolling for Microsoft Business Solutions Partners',
    'Guide to Membership Enrollment and Re-enrollment',
    'Technical Sales Assistance',
    'Microsoft Partner Program Guide',
  ]) {
    await expect(page.getByRole('heading', { name: title, exact: true, level: 4 })).toBeVisible();
  }

  // The checklist: every requirement of the Gold target, ticked or not.
  const checklist = page.getByTestId('checklist');
  await expect(checklist.getByRole('row')).toHaveCount(1 + 17);
  await expect(checklist.getByRole('row', { name: /Gold: 120 partner points/ })).toContainText('not done');
  await expect(checklist.getByRole('row', { name: /Gold: the chosen competency attained/ })).toContainText(
    'done',
  );
  await checkScreen(page, testInfo, 'additional-resources');
  await page.emulateMedia({ media: 'print' });
  const printed = testInfo.outputPath('checklist-print.png');
  await page.screenshot({ path: printed, fullPage: true });
  await testInfo.attach('checklist-print', { path: printed, contentType: 'image/png' });
  await expect(page.getByRole('heading', { name: 'Partner Points Estimator' })).toBeHidden();
  await expect(checklist).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Still Need Help?: a bad email is refused on its field; a good contact is saved and kept.
  await page.getByLabel('Service center name').fill('Partner Service Center EMEA');
  await page.getByLabel('Phone').fill('+353 1 555 0100');
  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Save the contact' }).click();
  await expect(page.getByText('Expected an email address like name@example.com')).toBeVisible();
  const none = workspace.db
    .prepare("SELECT count(*) AS n FROM settings WHERE key = 'regionalServiceCenter'")
    .get() as {
    n: number;
  };
  expect(none.n).toBe(0);
  await page.getByLabel('Email').fill('emea@example.com');
  await page.getByLabel('Opening hours').fill('Mon–Fri 8:00–17:00');
  await page.getByRole('button', { name: 'Save the contact' }).click();
  await expect(page.getByTestId('service-center-status')).toHaveText('Contact saved.');
  expect(
    (workspace.db.prepare('SELECT count(*) AS n FROM competencies').get() as { n: number }).n,
    'the estimator saved nothing',
  ).toBe(beforeCount);

  await page.reload();
  await tab(page, 'Additional Resources').click();
  await expect(page.getByLabel('Service center name')).toHaveValue('Partner Service Center EMEA');
  await expect(page.getByLabel('Phone')).toHaveValue('+353 1 555 0100');
  await expect(page.getByLabel('Email')).toHaveValue('emea@example.com');
  await expect(page.getByLabel('Opening hours')).toHaveValue('Mon–Fri 8:00–17:00');
});

test('Review: verdict, fallback, and every line links to the tab that fixes it', async ({
  page,
  workspace,
}, testInfo) => {
  await openSample(page, workspace.bridge.url);
  await tab(page, 'Review').click();
  await expect(page.getByTestId('review-verdict')).toContainText(
    'Ready to re-enroll as Gold Certified Partner',
  );
  await expect(page.getByRole('list', { name: 'Requirements' }).getByRole('listitem')).toHaveCount(17);

  await pick(page, 'Fabrikam Ltd — Munich');
  await tab(page, 'Review').click();
  const verdict = page.getByTestId('review-verdict');
  await expect(verdict).toContainText('Not ready to re-enroll as Gold Certified Partner');
  await expect(verdict).toContainText('The re-enrollment window is not open yet');
  await expect(page.getByTestId('review-fallback')).toContainText('Fallback: Certified Partner');
  await checkScreen(page, testInfo, 'review');

  await page.getByRole('button', { name: /to fix: Preparer is the global program administrator/ }).click();
  await expect(tab(page, 'Time to Re-enroll?')).toHaveAttribute('aria-selected', 'true');
  await tab(page, 'Review').click();
  await page.getByRole('button', { name: /to fix: Gold: 120 partner points/ }).click();
  await expect(tab(page, 'Certified or Gold Certified Partners: Re-enrollment')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await tab(page, 'Review').click();
  await page.getByRole('button', { name: /to fix: Action Pack assessment/ }).click();
  await expect(tab(page, 'Registered Members: Re-enrollment')).toHaveAttribute('aria-selected', 'true');
});

test('Deadlines: MCP certifications first, with who, what, when, days left and what it endangers', async ({
  page,
  workspace,
}, testInfo) => {
  await openSample(page, workspace.bridge.url);
  await pick(page, 'Fabrikam Ltd — Dublin');
  await tab(page, 'Deadlines').click();
  await expect(page.getByRole('heading', { name: 'Deadlines', level: 2 })).toBeVisible();

  // MCP certifications come first on the page, then every other deadline.
  const tables = page.locator('[data-testid="deadlines-mcp"], [data-testid="deadlines-other"]');
  await expect(tables.first()).toHaveAccessibleName('MCP certification deadlines');
  await expect(tables.nth(1)).toHaveAccessibleName('Other deadlines');
  const mcpRows = page.getByTestId('deadlines-mcp').locator('tbody tr.vtable__row');
  await expect(mcpRows.first()).toBeVisible();
  // Sean Murphy must pass a newer exam by 30 Sep 2009, before Dublin's enrollment expires on 31 Oct.
  const first = mcpRows.first();
  for (const cell of [
    'Sean Murphy',
    'MCSE: Security',
    'Newer exam',
    '30 Sep 2009',
    '60 days',
    'Before expiry',
  ]) {
    await expect(first).toContainText(cell);
  }
  await expect(first).toContainText('MCPs current through expiry');
  await expect(first.getByRole('button', { name: /Go to step/ })).toBeVisible();
  await expect(page.getByTestId('deadlines-other')).toContainText('Enrollment expires');
  await checkScreen(page, testInfo, 'deadlines');

  // The badge on the tab counts what falls due within 30 days of the chosen date.
  await page.getByLabel('As of').fill('2009-10-15');
  await expect(page.getByTestId('deadlines-badge')).toBeVisible();
  await page.getByLabel('Show').selectOption('soon');
  const badge = await page.getByTestId('deadlines-badge').innerText();
  const soonMcp = await page
    .getByTestId('deadlines-mcp')
    .locator('tbody tr.vtable__row')
    .count()
    .catch(() => 0);
  const soonOther = await page
    .getByTestId('deadlines-other')
    .locator('tbody tr.vtable__row')
    .count()
    .catch(() => 0);
  expect(Number.parseInt(badge, 10)).toBe(soonMcp + soonOther);
});

test('Import… asks what to do with ids already in the workspace; Export… downloads the workspace', async ({
  page,
  workspace,
}, testInfo) => {
  await openSample(page, workspace.bridge.url);
  const count = () =>
    (workspace.db.prepare('SELECT count(*) AS n FROM memberships').get() as { n: number }).n;
  expect(count()).toBe(4);

  // Export: the whole workspace as one interchange file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^partner-reenrollment-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = testInfo.outputPath('exported.json');
  await file.saveAs(exported);
  const doc = JSON.parse(readFileSync(exported, 'utf8')) as { format: string; memberships: { id: string }[] };
  expect(doc.format).toBe('partner-reenrollment');
  expect(doc.memberships).toHaveLength(4);

  // Importing it back: every id is taken, so the app asks first and changes nothing until answered.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(exported);
  const dialog = page.getByRole('dialog', { name: 'Memberships already in the workspace' });
  await expect(dialog).toBeVisible();
  // The safe choice is the default: Enter cancels, replacing is never one key away.
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog).toContainText('In the workspace: ');
  await checkScreen(page, testInfo, 'import-conflict');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(count()).toBe(4);

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await again).setFiles(exported);
  await page.getByRole('button', { name: 'Import as new memberships' }).click();
  await expect(page.getByTestId('file-status')).toHaveText('Imported 4 memberships (4 under a new id).');
  expect(count()).toBe(8);
  await page.getByLabel('Organization and location').fill('');
  await expect(page.getByRole('listbox', { name: 'Memberships' }).getByRole('option')).toHaveCount(8);
  await page.getByLabel('Organization and location').press('Escape');

  // A file with a bad date is refused with the JSON path of the problem, and nothing changes.
  const bad = testInfo.outputPath('bad.json');
  const broken = JSON.parse(readFileSync(exported, 'utf8')) as {
    memberships: { enrollment: { expiresOn: string } }[];
  };
  (broken.memberships[1] as { enrollment: { expiresOn: string } }).enrollment.expiresOn = '2009-02-30';
  writeFileSync(bad, JSON.stringify(broken));
  const third = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await third).setFiles(bad);
  await expect(page.getByTestId('file-error')).toContainText('memberships[1].enrollment.expiresOn');
  expect(count()).toBe(8);
});
