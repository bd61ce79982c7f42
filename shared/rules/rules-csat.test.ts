import { describe, expect, it } from 'vitest';
import type { CsatSurvey } from '../interchange/schema';
import { goldMembership, requirementOf } from '../../test/fixtures/gold-membership';
import { MPP_2009 } from './mpp2009';
import { countSurvey, inLookback, lookbackEdge } from './rules-csat';

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

  it('on 2009-10-31 a failing test is advisory and not blocking; on 2009-11-01 it is unmet and blocking', () => {
    const m = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: 5 }])]);
    expect(requirementOf(m, 'gold.csat', '2009-10-31')).toMatchObject({
      status: 'advisory',
      blocking: false,
    });
    expect(requirementOf(m, 'gold.csat', '2009-11-01')).toMatchObject({ status: 'unmet', blocking: true });
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
    expect(r.action).toContain('2009-11-20');
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
    expect(requirementOf(m, 'gold.csat', '2009-11-01').detail).toContain('v-2 of 2009-06-01');
  });
});
