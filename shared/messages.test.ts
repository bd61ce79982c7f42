// Every message a person can meet is a sentence starting with a capital. Rather than list the
// messages, this spoils each field of a valid input of every form and interchange schema in turn
// (wrong type, blank, negative, too long, impossible date, unknown key, missing) and reads what
// comes back, so a message added later is checked too.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assessmentFormSchema, feeFormSchema } from './forms/assessment';
import { competencyOtherFormSchema } from './forms/certified-steps';
import { LIST_FORM_SCHEMAS } from './forms/list-items';
import { emptyOverview, overviewSchema } from './forms/overview';
import { serviceCenterFormSchema } from './forms/settings';
import { manualStepFormSchema, profileSchema } from './forms/steps';
import { parseInterchange, parseInterchangeText } from './interchange/parse';
import { documentSchema } from './interchange/schema';
import { estimateChangeSchema } from './rules/estimator';
import { parseWith, type Problem } from './validation';
import { goldMembership } from '../test/fixtures/gold-membership';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** What each field is spoiled with; `undefined` removes it. */
const SPOILERS: readonly (Json | undefined)[] = [
  undefined,
  null,
  7,
  -5,
  1.5,
  2_000_000_000,
  true,
  'x',
  '',
  '   ',
  '-5',
  '12a',
  'x'.repeat(1_001),
  'a\na',
  '2009-02-30',
  '0050-01-01',
  {},
  [],
];

/** `value` with the node at `path` replaced by `by` (removed when `by` is undefined). */
function replaced(value: Json, path: readonly (string | number)[], by: Json | undefined): Json {
  if (path.length === 0) return by === undefined ? null : by;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...(value as Json[])];
    if (by === undefined && rest.length === 0) copy.splice(key as number, 1);
    else copy[key as number] = replaced(copy[key as number] as Json, rest, by);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (by === undefined && rest.length === 0) delete copy[key];
  else copy[key] = replaced(copy[key] as Json, rest, by);
  return copy;
}

/** Every path in `value`, containers included. */
function* paths(value: Json, at: readonly (string | number)[] = []): Generator<(string | number)[]> {
  if (at.length > 0) yield [...at];
  if (Array.isArray(value))
    for (const [i, item] of (value as Json[]).entries()) yield* paths(item, [...at, i]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* paths(item, [...at, key]);
}

/** The problems of every spoiled copy of `valid`, plus one with an unknown key in each object. */
function spoiledProblems(schema: z.ZodType, valid: Json): Problem[] {
  const found: Problem[] = [];
  const parse = (input: Json) => {
    const parsed = parseWith(schema, input);
    if (!parsed.ok) found.push(...parsed.problems);
  };
  for (const path of paths(valid)) for (const spoiler of SPOILERS) parse(replaced(valid, path, spoiler));
  parse({ ...(valid as Record<string, Json>), colour: 'blue' });
  return found;
}

/** The ready-for-Gold membership, one item in each list, so each kind of field is spoiled once. */
const gold = goldMembership();
const membership = {
  ...gold,
  competencies: gold.competencies.slice(0, 1),
  professionals: gold.professionals.slice(0, 1),
  certifiedSolutions: [{ id: 's-1', name: 'Tool', testedOn: '2008-02-01', expiresOn: null }],
  steps: { feePaid: gold.steps.feePaid },
} as unknown as Json;

/** A valid input of each schema, as its form or file holds it. */
const SAMPLES: readonly (readonly [string, z.ZodType, Json])[] = [
  [
    'the interchange file',
    documentSchema,
    { format: 'partner-reenrollment', version: 1, memberships: [membership] },
  ],
  [
    'the first tab',
    overviewSchema,
    {
      ...emptyOverview,
      organization: { name: 'Fabrikam', location: 'Seattle', country: '' },
      enrollment: { startedOn: '', expiresOn: '2009-09-30' },
    } as Json,
  ],
  ['the profile', profileSchema, { partnerId: '1', address: 'a', phone: '1', website: 'w' }],
  ['a manual step', manualStepFormSchema, { done: true, on: '2009-01-01', note: 'n' }],
  ['the fee', feeFormSchema, { done: true, on: '2009-01-01', note: 'n', amount: '10', currency: 'eur' }],
  ['the assessment', assessmentFormSchema, { scorePercent: '72.5', takenOn: '2009-01-01' }],
  ['the other requirements', competencyOtherFormSchema, { otherRequirementsMet: true }],
  [
    'the service center',
    serviceCenterFormSchema,
    { regionalServiceCenter: { name: 'a', phone: '1', email: 'a@b.co', hours: 'h' } },
  ],
  ['the estimator', estimateChangeSchema, { addCompetencies: 1, addPoints: 2 }],
  [
    'a competency',
    LIST_FORM_SCHEMAS.competencies,
    { name: 'BI', attainedOn: '', specializations: 'Data', otherRequirementsMet: false },
  ],
  [
    'a professional',
    LIST_FORM_SCHEMAS.professionals,
    {
      name: 'Sam',
      mcpId: '',
      associated: true,
      certifications: [{ name: 'MCSE', earnedOn: '2008-01-01', expiresOn: '', newerExamRequiredBy: '' }],
      links: [{ competencyId: 'c-1', specialization: 'Data' }],
    },
  ],
  [
    'a certified solution',
    LIST_FORM_SCHEMAS.certifiedSolutions,
    { name: 'Tool', testedOn: '2008-01-01', expiresOn: '' },
  ],
  [
    'a reference',
    LIST_FORM_SCHEMAS.references,
    {
      customer: 'C',
      status: 'draft',
      requestedOn: '',
      acceptedOn: '',
      expiresOn: '',
      competencyId: 'c-1',
      specialization: 'Data',
    },
  ],
  [
    'a CSAT survey',
    LIST_FORM_SCHEMAS.csatSurveys,
    { participatedOn: '2009-01-10', responses: [{ customer: 'C', count: '3' }] },
  ],
  ['other points', LIST_FORM_SCHEMAS.otherPoints, { description: 'Event', points: '5', earnedOn: '' }],
];

const notASentence = (problems: readonly Problem[]) => [
  ...new Set(problems.filter((p) => !/^[A-Z]/.test(p.message)).map((p) => `${p.path}: ${p.message}`)),
];

describe('messages', () => {
  it.each(SAMPLES)('%s: every message for a spoiled field starts with a capital', (_, schema, valid) => {
    expect(parseWith(schema, valid).ok).toBe(true);
    const problems = spoiledProblems(schema, valid);
    expect(problems.length).toBeGreaterThan(10);
    expect(notASentence(problems)).toEqual([]);
  });

  it("says a negative score or count cannot be negative, not that it isn't a number", () => {
    const score = parseWith(assessmentFormSchema, { scorePercent: '-5', takenOn: '' });
    expect(!score.ok && score.problems).toEqual([
      { path: 'scorePercent', message: 'The score cannot be negative.' },
    ]);
    const survey = { participatedOn: '2009-01-10', responses: [{ customer: 'C', count: '-3' }] };
    const count = parseWith(LIST_FORM_SCHEMAS.csatSurveys, survey);
    expect(!count.ok && count.problems).toEqual([
      { path: 'responses[0].count', message: 'The number of responses cannot be negative.' },
    ]);
  });

  it('checks made after the schema (ids, competencies, JSON) speak in sentences too', () => {
    const doc = (m: object) => ({ format: 'partner-reenrollment', version: 1, memberships: [m] });
    const inputs = [
      doc({ ...gold, competencies: [...gold.competencies, gold.competencies[0]] }),
      doc({ ...gold, chosen: { competencyId: 'c-9', specialization: null } }),
      doc({ ...gold, chosen: { competencyId: 'c-1', specialization: 'Nope' } }),
      [],
    ];
    const problems = inputs.flatMap((input) => {
      const parsed = parseInterchange(input);
      return parsed.ok ? [] : parsed.problems;
    });
    const text = parseInterchangeText('{"format":');
    problems.push(...(text.ok ? [] : text.problems));
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect(notASentence(problems)).toEqual([]);
  });
});
