/**
 * Steps the wizard's end-to-end tests share: start an empty workspace, create a membership on
 * the first tab, move through steps, and check a screen (axe, WCAG 2.1 AA) with a screenshot.
 */
import type { Page, TestInfo } from '@playwright/test';
import { checkScreen as checkAllThemes } from './check-screen';
import { expect } from './fixtures';

export interface NewMembership {
  readonly name: string;
  readonly location: string;
  readonly country: string;
  readonly level: 'registered' | 'certified' | 'gold';
  readonly expiresOn: string;
}

/** Opens the app on an empty workspace and gets to the "New membership" form. */
export async function openEmpty(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const startEmpty = page.getByRole('button', { name: 'Start empty' });
  const heading = page.getByRole('heading', { name: 'New membership' });
  await expect(startEmpty.or(heading)).toBeVisible();
  if (await startEmpty.isVisible()) await startEmpty.click();
  await expect(heading).toBeVisible();
}

/**
 * Opens the sample workspace (four Fabrikam memberships, Seattle shown first) and plans as of
 * `asOf`, so every figure is the same on any day the test runs.
 */
export async function openSample(page: Page, url: string, asOf: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Open the sample workspace' }).click();
  await expect(page.getByLabel('Organization and location')).toHaveValue('Fabrikam Ltd — Seattle');
  await page.getByLabel('As of').fill(asOf);
}

/** Fills the first tab's form and creates the membership; the preparer is its administrator. */
export async function createMembership(page: Page, m: NewMembership): Promise<void> {
  await page.getByLabel('Organization name').fill(m.name);
  await page.getByLabel('Location', { exact: true }).fill(m.location);
  await page.getByLabel('Country').fill(m.country);
  await page.getByLabel('Current level').selectOption(m.level);
  await page.getByLabel('Re-enroll at').selectOption(m.level);
  await page.getByLabel('Enrollment expires on').fill(m.expiresOn);
  await page.getByLabel('Primary program contact').fill('Dana Smith');
  await page.getByLabel('Their email').fill('dana@fabrikam.example');
  await page.getByLabel('Prepared by').fill('Dana Smith');
  await page.getByLabel('The person preparing this is the global program administrator').check();
  await page.getByRole('button', { name: 'Create membership' }).click();
  await expect(page.getByRole('heading', { name: 'Time to Re-enroll?', level: 2 })).toBeVisible();
}

/** axe on a screen of a walk, in the light theme (the sweep audits every screen in both). */
export function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  return checkAllThemes(page, testInfo, name, { lightOnly: true });
}

/** Presses Next and waits for the next step's heading. */
export async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Next: ${title}` }).click();
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
}

/** The status the rules give a requirement, as the step's card shows it. */
export function requirementCard(page: Page, id: string) {
  return page.getByTestId(`requirement-${id}`);
}

/** Confirms a manual step: ticks its box and waits until the rules see it met. */
export async function confirmStep(page: Page, label: string, requirementId: string): Promise<void> {
  await page.getByLabel(label).check();
  await expect(requirementCard(page, requirementId)).toHaveAttribute('data-status', 'met');
}

/** Picks a membership in the header's combobox by typing part of its name and choosing it. */
export async function pickMembership(page: Page, label: string, typed: string = label): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Organization and location' });
  await picker.fill(typed);
  await page
    .getByRole('option')
    .filter({ has: page.getByText(label, { exact: true }) })
    .first()
    .click();
  await expect(picker).toHaveValue(label);
}
