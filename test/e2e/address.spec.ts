/**
 * The address names the screen shown (renderer/src/app/address.ts): a reload opens the same
 * membership, tab and step; a new start opens the home; an address naming a membership or a
 * screen that does not exist opens the home too.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openSample, pickMembership } from './wizard-helpers';

const fragment = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));
const homeHeading = (page: Page) => page.getByRole('heading', { name: 'Workspace', level: 2 });

test('a reload keeps the membership, tab and step; a new start and a stale address open the home', async ({
  page,
  workspace,
}) => {
  await openSample(page, workspace.bridge.url, '2009-08-01');
  const seattle = fragment(page).get('membership');
  expect(seattle).not.toBeNull();
  expect(fragment(page).get('screen')).toBe('overview');
  expect(fragment(page).get('token')).toBe(
    new URLSearchParams(new URL(workspace.bridge.url).hash.slice(1)).get('token'),
  );

  // Another membership, the Certified tab, its MCP step: the address follows each.
  await pickMembership(page, 'Fabrikam Ltd — Dublin', 'Dublin');
  await page.getByRole('tab', { name: /^Certified or Gold/ }).click();
  await page.getByTestId('step-mcps').click();
  await expect.poll(() => fragment(page).get('step')).toBe('mcps');
  const dublin = fragment(page).get('membership');
  expect(dublin).not.toBe(seattle);
  expect(fragment(page).get('screen')).toBe('certified');

  await page.reload();
  await expect(page.getByRole('tab', { name: /^Certified or Gold/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('step-mcps')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByLabel('Organization and location')).toHaveValue('Fabrikam Ltd — Dublin');
  await expect(page.getByTestId('professionals')).toBeVisible();

  // The home names no membership in the address.
  await page.getByRole('tab', { name: 'Workspace' }).click();
  await expect(homeHeading(page)).toBeVisible();
  await expect.poll(() => fragment(page).get('membership')).toBeNull();
  expect(fragment(page).get('token')).not.toBeNull();

  // A new start: the home.
  await page.goto('about:blank');
  await page.goto(workspace.bridge.url);
  await expect(homeHeading(page)).toBeVisible();

  // A membership deleted since, or a screen this version does not have: the home.
  for (const stale of [
    `membership=gone&screen=overview`,
    `membership=${encodeURIComponent(dublin ?? '')}&screen=nowhere`,
  ]) {
    await page.goto('about:blank');
    await page.goto(`${workspace.bridge.url}&${stale}`);
    await expect(homeHeading(page)).toBeVisible();
    await expect.poll(() => fragment(page).get('membership')).toBeNull();
  }
});
