import { describe, expect, it } from 'vitest';
import type { CsatSurvey } from '../interchange/schema';
import { goldMembership, requirementOf } from '../../test/fixtures/gold-membership';
import { MPP_2009 } from './mpp2009';
import { evaluateMembership } from './evaluate';
import { countSurvey, customerKey, inLookback, lookbackEdge } from './rules-csat';

const survey = (participatedOn: string, responses: CsatSurvey['responses'], id = 'v-1'): CsatSurvey => ({
  id,
  participatedOn,
  responses,
});
const ten = [
  { customer: 'Contoso', count: 8 },
  { customer: 'Tailspin Toys', count: 2 },
];
const withSurveys = (surveys: CsatSurvey[], expiresOn = '2009-12-15') =>
  goldMembership({ csatSurveys: surveys, enrollment: { startedOn: '2008-12-16', expiresOn } });

describe('countSurvey', () => {
  it('counts at most 8 responses per customer, summing repeated customers', () => {
    const counted = countSurvey(
      survey('2009-04-01', [
        { customer: 'Contoso', count: 5 },
        { customer: 'Contoso', count: 6 },
        { customer: 'Tailspin Toys', count: 1 },
      ]),
      MPP_2009,
    );
    expect(counted).toMatchObject({
      counted: 9,
      capped: ['Contoso'],
      summary: 'Contoso 8 of 11, Tailspin Toys 1',
    });
  });
});

describe('customerKey', () => {
  it('ignores case, accents and surrounding or repeated spaces', () => {
    expect(customerKey(' Contoso ')).toBe(customerKey('CONTOSO'));
    expect(customerKey('Café  Nord')).toBe('cafe nord');
    expect(customerKey('Contoso Ltd')).not.toBe(customerKey('Contoso'));
  });
});

describe('inLookback and lookbackEdge', () => {
  it('includes a survey exactly 12 months back, not one day more', () => {
    expect(inLookback('2008-11-15', '2009-11-15', MPP_2009)).toBe(true);
    expect(inLookback('2008-11-14', '2009-11-15', MPP_2009)).toBe(false);
    expect(inLookback('2009-11-16', '2009-11-15', MPP_2009)).toBe(false);
    expect(lookbackEdge('2008-11-15', MPP_2009)).toBe('2009-11-15');
  });
});

describe('gold.csat', () => {
  it('from 2009-11-01, is met with 10 counted responses within 12 months, and blocking', () => {
    const r = requirementOf(withSurveys([survey('2009-04-01', ten)]), 'gold.csat', '2009-11-01');
    expect(r).toMatchObject({ status: 'met', blocking: true, actual: 10, required: 10 });
  });

  it('a survey exactly 12 months back counts; one day more does not', () => {
    const m = withSurveys([survey('2008-11-15', ten)]);
    expect(requirementOf(m, 'gold.csat', '2009-11-15').status).not.toBe('unmet');
    expect(requirementOf(m, 'gold.csat', '2009-11-16')).toMatchObject({ status: 'unmet', actual: 0 });
  });

  it('the 8-per-customer cap: 9 from Contoso and 1 from Tailspin is 9, not 10', () => {
    const m = withSurveys([
      survey('2009-04-01', [
        { customer: 'Contoso', count: 9 },
        { customer: 'Tailspin Toys', count: 1 },
      ]),
    ]);
    const r = requirementOf(m, 'gold.csat', '2009-11-01');
    expect(r).toMatchObject({ status: 'unmet', actual: 9, dueOn: '2009-12-15' });
    expect(r.action).toMatch(/^One more CSAT response from a customer other than Contoso/);
    expect(r.detail).toContain('Contoso 8 of 9');
    const two = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: 8 }])]);
    expect(requirementOf(two, 'gold.csat', '2009-11-01').action).toMatch(
      /^2 more CSAT responses from a customer other than Contoso/,
    );
  });

  // DESIGN §3.2 as revised: the test is made on the earliest re-enrollment date, max(asOf,
  // opensOn); before 2009-11-01 with the window running past it, a failing test is at-risk with
  // a rule-change deadline on 2009-10-31 (it was advisory when keyed on asOf).
  it('earliest re-enrollment 2009-10-31: a failing test is at-risk, due 2009-10-31, not blocking', () => {
    const m = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: 5 }])]);
    const r = requirementOf(m, 'gold.csat', '2009-10-31');
    expect(r).toMatchObject({ status: 'at-risk', blocking: false, dueOn: '2009-10-31', actual: 5 });
    expect(r.action).toMatch(
      /^Re-enroll by 31 Oct 2009, or collect 5 more CSAT responses in the survey of 1 Apr 2009/,
    );
    expect(r.about.testedOn).toBe('2009-10-31');
    const deadline = evaluateMembership(m, '2009-10-31', MPP_2009).deadlines.find(
      (d) => d.kind === 'rule-change',
    );
    expect(deadline).toMatchObject({
      dueOn: '2009-10-31',
      endangers: 'gold.csat',
      status: 'before-expiry',
      about: { ruleChange: { requirement: 'gold.csat', effectiveOn: '2009-11-01' } },
    });
  });

  it('earliest re-enrollment 2009-11-01: a failing test is unmet and blocking, with no rule-change deadline', () => {
    const m = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: 5 }])]);
    expect(requirementOf(m, 'gold.csat', '2009-11-01')).toMatchObject({ status: 'unmet', blocking: true });
    expect(
      evaluateMembership(m, '2009-11-01', MPP_2009).deadlines.some((d) => d.kind === 'rule-change'),
    ).toBe(false);
  });

  it('a window opening exactly on 2009-11-01 makes CSAT required even when asOf is earlier', () => {
    // expiresOn 2010-01-30 − 90 days = 2009-11-01.
    const m = withSurveys([], '2010-01-30');
    const e = evaluateMembership(m, '2009-08-15', MPP_2009);
    expect(e.window.opensOn).toBe('2009-11-01');
    expect(e.requirements.find((r) => r.id === 'gold.csat')).toMatchObject({
      status: 'unmet',
      blocking: true,
      about: { testedOn: '2009-11-01' },
    });
    expect(e.qualifies.gold).toBe(false);
    expect(e.deadlines.some((d) => d.kind === 'rule-change')).toBe(false);
    // One day earlier the window opens under the old rule: at-risk, and the change is a deadline.
    const before = evaluateMembership(withSurveys([], '2010-01-29'), '2009-08-15', MPP_2009);
    expect(before.requirements.find((r) => r.id === 'gold.csat')).toMatchObject({
      status: 'at-risk',
      dueOn: '2009-10-31',
    });
    expect(before.deadlines.find((d) => d.kind === 'rule-change')?.dueOn).toBe('2009-10-31');
  });

  it('asOf 2009-10-15 with a window opening 2009-11-02 and no survey does not qualify for Gold', () => {
    const e = evaluateMembership(withSurveys([], '2010-01-31'), '2009-10-15', MPP_2009);
    expect(e.requirements.find((r) => r.id === 'gold.csat')?.status).toBe('unmet');
    expect(e.qualifies.gold).toBe(false);
  });

  it('the 12 months are counted back from the earliest re-enrollment date, not from asOf', () => {
    const m = (on: string) => withSurveys([survey(on, ten)], '2010-01-30');
    expect(requirementOf(m('2008-11-01'), 'gold.csat', '2009-08-15').status).not.toBe('unmet');
    expect(requirementOf(m('2008-10-31'), 'gold.csat', '2009-08-15').status).toBe('unmet');
  });

  it('counts one customer for spellings differing in case, accents and spaces, naming them', () => {
    const m = withSurveys([
      survey('2009-04-01', [
        { customer: 'Café Nord', count: 6 },
        { customer: ' cafe  NORD ', count: 6 },
        { customer: 'Contoso', count: 8 },
        { customer: 'CONTOSO', count: 8 },
      ]),
    ]);
    const r = requirementOf(m, 'gold.csat', '2009-11-01');
    expect(r).toMatchObject({ status: 'met', actual: 16 });
    expect(r.detail).toContain('Café Nord 8 of 12 (also written " cafe  NORD ")');
    expect(r.detail).toContain('Contoso 8 of 16 (also written "CONTOSO")');
    expect(r.about.customers?.map((c) => c.spellings)).toEqual([
      ['Café Nord', ' cafe  NORD '],
      ['Contoso', 'CONTOSO'],
    ]);
  });

  it('two rows of 8 from "Contoso" and "contoso" count 8, not 16', () => {
    const m = withSurveys([
      survey('2009-04-01', [
        { customer: 'Contoso', count: 8 },
        { customer: 'contoso', count: 8 },
      ]),
    ]);
    expect(requirementOf(m, 'gold.csat', '2009-11-01')).toMatchObject({ status: 'unmet', actual: 8 });
  });

  it('before 2009-11-01 a passing test is met and not blocking', () => {
    const r = requirementOf(
      withSurveys([survey('2009-04-01', ten)], '2009-10-15'),
      'gold.csat',
      '2009-08-15',
    );
    expect(r).toMatchObject({ status: 'met', blocking: false });
  });

  it('is at-risk when the survey leaves the 12-month window before a re-enrollment after October 2009', () => {
    const r = requirementOf(withSurveys([survey('2008-11-20', ten)]), 'gold.csat', '2009-11-01');
    expect(r).toMatchObject({ status: 'at-risk', blocking: true, dueOn: '2009-11-20' });
    expect(r.action).toContain('20 Nov 2009');
  });

  it('before 2009-11-01, warns at-risk without blocking when the survey ages out before a later expiry', () => {
    const r = requirementOf(withSurveys([survey('2008-11-20', ten)]), 'gold.csat', '2009-10-31');
    expect(r).toMatchObject({ status: 'at-risk', blocking: false, dueOn: '2009-11-20' });
  });

  it('is not at-risk when the enrollment expires before the rule takes effect', () => {
    const r = requirementOf(
      withSurveys([survey('2008-09-01', ten)], '2009-10-31'),
      'gold.csat',
      '2009-08-15',
    );
    expect(r.status).toBe('met');
  });

  it('without any survey, says to take part in one', () => {
    const r = requirementOf(withSurveys([]), 'gold.csat', '2009-11-01');
    expect(r).toMatchObject({ status: 'unmet', actual: 0 });
    expect(r.action).toContain('Take part in a Customer Satisfaction Index survey');
  });

  it('uses the best survey in the window', () => {
    const m = withSurveys([
      survey('2009-02-01', [{ customer: 'Contoso', count: 3 }], 'v-1'),
      survey('2009-06-01', ten, 'v-2'),
    ]);
    expect(requirementOf(m, 'gold.csat', '2009-11-01').detail).toContain('the survey of 1 Jun 2009');
  });
});
