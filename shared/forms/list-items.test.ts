import { describe, expect, it } from 'vitest';
import { entitySaveSchema } from '../ipc/contract';
import { parseWith } from '../validation';
import { LIST_FORM_SCHEMAS, type ListName } from './list-items';
import { EMPTY_FORM_VALUES, FORM_VALUES_OF } from './list-item-values';
import { assessmentFormSchema, assessmentFormValues, feeFormSchema, feeFormValues } from './assessment';

const ITEMS = {
  competencies: {
    id: 'c-1',
    name: 'Information Worker Solutions',
    attainedOn: '2008-05-01',
    specializations: ['Unified Communications', 'Portals'],
    otherRequirementsMet: true,
  },
  professionals: {
    id: 'p-1',
    name: 'Sam Lee',
    mcpId: '1234567',
    associated: true,
    links: [{ competencyId: 'c-1', specialization: 'Unified Communications' }],
    certifications: [
      { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: null, newerExamRequiredBy: '2010-06-30' },
    ],
  },
  certifiedSolutions: { id: 's-1', name: 'Fabrikam CRM', testedOn: '2009-01-10', expiresOn: null },
  references: {
    id: 'r-1',
    customer: 'Contoso',
    status: 'accepted',
    requestedOn: '2009-01-05',
    acceptedOn: '2009-01-20',
    expiresOn: '2009-12-31',
    competencyId: 'c-1',
    specialization: 'Unified Communications',
  },
  csatSurveys: {
    id: 'v-1',
    participatedOn: '2009-04-01',
    responses: [
      { customer: 'Contoso', count: 8 },
      { customer: 'Tailspin', count: 3 },
    ],
  },
  otherPoints: { id: 'o-1', description: 'Reference bonus', points: 10, earnedOn: null },
} as const;

const LISTS = Object.keys(ITEMS) as ListName[];

describe('list item forms', () => {
  it.each(LISTS)('%s: a stored item round-trips through its form to what entity:save accepts', (list) => {
    const { id, ...item } = ITEMS[list];
    const values = (FORM_VALUES_OF[list] as (i: unknown) => unknown)(ITEMS[list]);
    const parsed = parseWith(LIST_FORM_SCHEMAS[list], values);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(item);
    const saved = parseWith(entitySaveSchema, { membershipId: 'm-1', list, item: { ...parsed.value, id } });
    expect(saved.ok).toBe(true);
  });

  it.each(LISTS)('%s: the blank form is refused with a problem on a named field', (list) => {
    const parsed = parseWith(LIST_FORM_SCHEMAS[list], EMPTY_FORM_VALUES[list]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const problem of parsed.problems) expect(problem.path).not.toBe('');
  });

  it('names the field of a count that is not a whole number and of an impossible date', () => {
    const parsed = parseWith(LIST_FORM_SCHEMAS.csatSurveys, {
      participatedOn: '2009-02-29',
      responses: [{ customer: 'Contoso', count: '3.5' }],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { path: 'participatedOn', message: 'Expected a date YYYY-MM-DD that exists on the calendar' },
      { path: 'responses[0].count', message: 'The number of responses must be a whole number, like 12.' },
    ]);
    const negative = parseWith(LIST_FORM_SCHEMAS.csatSurveys, {
      participatedOn: '2009-02-01',
      responses: [{ customer: 'Contoso', count: '-3' }],
    });
    expect(negative.ok ? [] : negative.problems).toEqual([
      { path: 'responses[0].count', message: 'The number of responses cannot be negative.' },
    ]);
  });

  it('splits specializations one per line and refuses duplicates', () => {
    const ok = parseWith(LIST_FORM_SCHEMAS.competencies, {
      ...EMPTY_FORM_VALUES.competencies,
      name: 'Security',
      specializations: ' A \n\nB\n',
    });
    expect(ok.ok && ok.value.specializations).toEqual(['A', 'B']);
    const twice = parseWith(LIST_FORM_SCHEMAS.competencies, {
      ...EMPTY_FORM_VALUES.competencies,
      name: 'Security',
      specializations: 'A\nA',
    });
    expect(twice.ok ? [] : twice.problems).toEqual([
      { path: 'specializations', message: 'A specialization is listed twice' },
    ]);
  });

  it('refuses a reference specialization without its competency', () => {
    const parsed = parseWith(LIST_FORM_SCHEMAS.references, {
      ...EMPTY_FORM_VALUES.references,
      customer: 'Contoso',
      specialization: 'Portals',
    });
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['competencyId']);
  });
});

describe('assessment and fee forms', () => {
  it('turns the typed score into a number and refuses one above 100 %', () => {
    expect(parseWith(assessmentFormSchema, { scorePercent: '72,5', takenOn: '' })).toEqual({
      ok: true,
      value: { scorePercent: 72.5, takenOn: null },
    });
    const high = parseWith(assessmentFormSchema, { scorePercent: '101', takenOn: '' });
    expect(high.ok ? [] : high.problems).toEqual([
      { path: 'scorePercent', message: 'The score cannot be above 100 %.' },
    ]);
    const negative = parseWith(assessmentFormSchema, { scorePercent: '-5', takenOn: '' });
    expect(negative.ok ? [] : negative.problems).toEqual([
      { path: 'scorePercent', message: 'The score cannot be negative.' },
    ]);
    expect(parseWith(assessmentFormSchema, assessmentFormValues(null))).toEqual({ ok: true, value: null });
    const dateOnly = parseWith(assessmentFormSchema, { scorePercent: '', takenOn: '2009-07-20' });
    expect(dateOnly.ok ? [] : dateOnly.problems).toEqual([
      { path: 'scorePercent', message: 'The score is required' },
    ]);
  });

  it('needs amount and currency for a paid fee and upper-cases the currency', () => {
    const blank = feeFormValues({ done: false, on: null, note: null, amount: null, currency: null });
    const unpaid = parseWith(feeFormSchema, blank);
    expect(unpaid.ok).toBe(true);
    const paidWithout = parseWith(feeFormSchema, { ...blank, done: true });
    expect(paidWithout.ok ? [] : paidWithout.problems.map((p) => p.path)).toEqual(['amount']);
    const paid = parseWith(feeFormSchema, { ...blank, done: true, amount: '1500', currency: 'usd' });
    expect(paid).toEqual({
      ok: true,
      value: { done: true, on: null, note: null, amount: 1500, currency: 'USD' },
    });
    const letters = parseWith(feeFormSchema, { ...blank, amount: '15oo' });
    expect(letters.ok ? [] : letters.problems).toEqual([
      { path: 'amount', message: 'The amount must be a number, like 72 or 72.5.' },
    ]);
  });
});
