/**
 * The CSAT survey screen of the randomized autosave test (autosave-random.spec.ts). Its form is
 * saved by its Save button, not by autosave: a sequence opens a survey of the sample membership
 * (or a new one), edits its fields at random, clicks Save, and checks from SQLite that a valid
 * form is stored as shown and that an invalid one marks every invalid field and stores nothing.
 */
import type { Locator, Page } from '@playwright/test';
import { loadMembership } from '../../electron/db/membership-read';
import { FORM_VALUES_OF } from '../../shared/forms/list-item-values';
import { csatSurveyFormSchema } from '../../shared/forms/list-items';
import type { CsatSurvey, Membership } from '../../shared/interchange/schema';
import { isKeyAction, keyAction, KEY_ACTIONS } from './field-keys';
import { expect } from './fixtures';
import type { Workspace } from './harness';
import type { Random } from './random';

export const CSAT = 'CSAT';
const MAX_CUSTOMERS = 3;
const MAX_SURVEYS = 3;

// Valid values are listed twice: a save needs every field valid at once, and with one valid
// value in two per field most Saves were refusals, leaving the stored path little tried.
const VALID = {
  date: ['2009-04-01', '2008-11-15'],
  customer: ['Contoso', 'Tailspin Toys', ' Litware '],
  count: ['0', '3', '9', '12'],
};
const VALUES = {
  date: [...VALID.date, ...VALID.date, '', '2009-02-29', '2009-13-01', '20090401', '0099-01-01', '2009-4-1'],
  customer: [...VALID.customer, ...VALID.customer, '', '   ', 'x'.repeat(210)],
  count: [...VALID.count, ...VALID.count, '', '-3', '3.5', 'abc', ' 7 ', '1e3', '99999999999'],
};

interface PanelInput {
  readonly value: string;
  readonly labels: readonly { readonly textContent: string | null }[] | null;
}

type FormValues = ReturnType<(typeof FORM_VALUES_OF)['csatSurveys']>;

/** What the survey form shows, as the form's values. */
async function readSurvey(panel: Locator): Promise<FormValues> {
  const inputs = await panel.locator('form input').evaluateAll((elements) =>
    elements.map((element) => {
      const input = element as unknown as PanelInput;
      return [input.labels?.[0]?.textContent ?? '', input.value] as const;
    }),
  );
  const shown = new Map(inputs);
  const responses = [];
  for (let i = 1; shown.has(`Customer ${i}`); i += 1)
    responses.push({
      customer: shown.get(`Customer ${i}`) ?? '',
      count: shown.get(`Responses from customer ${i}`) ?? '',
    });
  return { participatedOn: shown.get('Participated on') ?? '', responses };
}

const surveysOf = (workspace: Workspace, id: string) =>
  (loadMembership(workspace.db, id) as Membership).csatSurveys;

/** A survey as compared: its id and content, with nothing the database adds. */
const plain = (s: CsatSurvey) => ({
  id: s.id,
  participatedOn: s.participatedOn,
  responses: s.responses.map((r) => ({ customer: r.customer, count: r.count })),
});
type Plain = ReturnType<typeof plain>;

/** The label of the field a problem path names (`responses.1.count` → "Responses from customer 2"). */
function labelOf(path: readonly PropertyKey[]): string {
  if (path[0] !== 'responses') return 'Participated on';
  const n = Number(path[1]) + 1;
  return path[2] === 'count' ? `Responses from customer ${n}` : `Customer ${n}`;
}

/**
 * Whether `after` holds `before` with one survey changed to `shown`: the `edited` one, or a new
 * one when `edited` is null, every other survey unchanged.
 */
function storedAsShown(
  before: readonly Plain[],
  after: readonly Plain[],
  edited: Plain | null,
  shown: unknown,
): boolean {
  const others = after.filter((s) => before.some((b) => b.id === s.id) && s.id !== edited?.id);
  const changed = after.filter((s) => !others.includes(s));
  const unchanged = JSON.stringify(others) === JSON.stringify(before.filter((b) => b.id !== edited?.id));
  const content = changed.map(({ participatedOn, responses }) => ({ participatedOn, responses }));
  const stored = changed.length === 1 && (!edited || changed[0]?.id === edited.id);
  return unchanged && stored && JSON.stringify(content[0]) === JSON.stringify(shown);
}

async function act(page: Page, panel: Locator, random: Random): Promise<void> {
  const rows = (await readSurvey(panel)).responses.length;
  const labels = ['Participated on'];
  for (let i = 1; i <= rows; i += 1) labels.push(`Customer ${i}`, `Responses from customer ${i}`);
  const label = random.pick(labels);
  const field = panel.getByLabel(label, { exact: true });
  const kind = random.pick([...KEY_ACTIONS, 'replace', 'elsewhere', 'pause', 'add', 'remove']);
  if (kind === 'add' && rows < MAX_CUSTOMERS) {
    await panel.getByRole('button', { name: 'Add customer' }).click();
  } else if (kind === 'remove' && rows > 0) {
    await panel.getByRole('button', { name: `Remove customer ${random.int(1, rows)}`, exact: true }).click();
  } else if (isKeyAction(kind)) {
    const values = label.startsWith('Responses')
      ? 'count'
      : label.startsWith('Customer')
        ? 'customer'
        : 'date';
    await keyAction(page, field, kind, VALUES[values], random);
  } else if (kind === 'elsewhere') {
    await panel.getByRole('heading', { level: 4 }).click();
  } else {
    await page.waitForTimeout(random.int(0, 150));
  }
}

/**
 * One CSAT sequence on the sample membership `membershipId`; returns whether the form was valid
 * when Save was clicked. `where` names the sequence in failures.
 */
export async function csatSequence(
  page: Page,
  workspace: Workspace,
  membershipId: string,
  random: Random,
  where: string,
): Promise<boolean> {
  const editor = page.getByTestId('csat-editor');
  // The step stays open between CSAT sequences; it is opened when another screen was showing.
  if (!(await editor.isVisible())) {
    await page.getByRole('tab', { name: 'Certified or Gold Certified Partners: Re-enrollment' }).click();
    await page.getByTestId('step-csat').click();
  }
  await expect(editor.getByRole('heading', { name: 'Customer Satisfaction Index surveys' })).toBeVisible();
  const before = surveysOf(workspace, membershipId).map(plain);
  const adding = before.length === 0 || (before.length < MAX_SURVEYS && random.int(0, 3) === 0);
  if (adding) await editor.getByRole('button', { name: 'Add survey' }).click();
  else
    await editor
      .getByRole('button', { name: /^Edit survey of / })
      .nth(random.int(0, before.length - 1))
      .click();
  const panel = editor.locator('.item-panel');
  await expect(panel.getByRole('heading', { level: 4 })).toHaveText(adding ? 'New survey' : /^Edit survey: /);
  // The survey being edited is one whose form values are those the form opened with. Two surveys
  // may hold the same values (the person cannot tell them apart either): any of them may be it.
  const start = JSON.stringify(await readSurvey(panel));
  const candidates = adding
    ? [null]
    : before.filter((s) => JSON.stringify(FORM_VALUES_OF.csatSurveys(s)) === start);
  expect(
    candidates.length,
    `${where}: the form opened with no stored survey's values: ${start}`,
  ).toBeGreaterThan(0);

  for (let a = random.int(3, 8); a > 0; a -= 1) await act(page, panel, random);
  const shown = await readSurvey(panel);
  const parsed = csatSurveyFormSchema.safeParse(shown);
  await panel.getByRole('button', { name: 'Save', exact: true }).click();

  if (parsed.success) {
    await expect(panel, `${where}: a valid survey was not saved: ${JSON.stringify(shown)}`).toBeHidden();
    // The answer settles: the database holds the survey as the form showed it, the others unchanged.
    await expect
      .poll(
        () => {
          const after = surveysOf(workspace, membershipId).map(plain);
          return candidates.some((edited) => storedAsShown(before, after, edited, parsed.data))
            ? 'agree'
            : { before, after, shown: parsed.data };
        },
        { message: where, timeout: 5000, intervals: [40] },
      )
      .toBe('agree');
    return true;
  }
  // Invalid: every invalid field is marked and says what is wrong; nothing of the edit is stored.
  await expect(panel, `${where}: an invalid survey closed its form`).toBeVisible();
  for (const issue of parsed.error.issues) {
    const field = panel.getByLabel(labelOf(issue.path), { exact: true });
    await expect(field, `${where}: ${labelOf(issue.path)} is not marked`).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(field, `${where}: ${labelOf(issue.path)} shows no error`).toHaveAccessibleDescription(
      new RegExp(issue.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
  }
  expect(
    surveysOf(workspace, membershipId).map(plain),
    `${where}: an invalid survey changed the database`,
  ).toEqual(before);
  await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(panel).toBeHidden();
  expect(
    surveysOf(workspace, membershipId).map(plain),
    `${where}: a cancelled survey changed the database`,
  ).toEqual(before);
  return false;
}
