import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths } from '../dates';
import type { CsatSurvey } from '../interchange/schema';
import { AS_OF, goldMembership, requirementOf, responses } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import { humanDate } from '../vocabulary/dates';
import { evaluateMembership } from './evaluate';
import { countSurvey, customerKey, inLookback, lookbackEdge } from './rules-csat';

const survey = (participatedOn: string, responses: CsatSurvey['responses'], id = 'v-1'): CsatSurvey => ({
  id,
  participatedOn,
  responses,
});
/** `one more CSAT response`, `5 more CSAT responses`. */
const moreResponses = (n: number) => (n === 1 ? 'one more CSAT response' : `${n} more CSAT responses`);

describe('customerKey', () => {
  it('ignores case, accents and surrounding or repeated spaces', () => {
    expect(customerKey(' Contoso ')).toBe(customerKey('CONTOSO'));
    expect(customerKey('Café  Nord')).toBe('cafe nord');
    expect(customerKey('Contoso Ltd')).not.toBe(customerKey('Contoso'));
  });

  it('gives ASCII names, which skip the decomposition, the key the decomposition would give', () => {
    const decomposed = (name: string) =>
      name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (name) => {
        expect(customerKey(name)).toBe(decomposed(name));
      }),
      { numRuns: 2000 },
    );
  });
});

// Every test runs under each ruleset: its response count, per-customer cap, look-back and the
// date CSAT becomes required (shared/rules/README.md, "gold.csat").
describe.each(RULESETS)('under $id', (R) => {
  const { responsesRequired: required, maxPerCustomer: cap, lookbackMonths, requiredFrom: from } = R.csat;
  const lastOld = addDays(from, -1);
  const enough = responses(required, R);
  const withSurveys = (surveys: CsatSurvey[], expiresOn = addDays(from, 44)) =>
    goldMembership({ csatSurveys: surveys, enrollment: { startedOn: '2008-01-01', expiresOn } }, R);
  const csat = (m: ReturnType<typeof withSurveys>, asOf: string) => requirementOf(m, 'gold.csat', asOf, R);
  const evaluated = (m: ReturnType<typeof withSurveys>, asOf: string) => evaluateMembership(m, asOf, R);

  describe('countSurvey', () => {
    it('counts at most the cap per customer, summing repeated customers', () => {
      const counted = countSurvey(
        survey('2009-04-01', [
          { customer: 'Contoso', count: 5 },
          { customer: 'Contoso', count: 6 },
          { customer: 'Tailspin Toys', count: 1 },
        ]),
        R,
      );
      expect(counted).toMatchObject({
        counted: cap + 1,
        capped: ['Contoso'],
        summary: `Contoso ${cap} of 11, Tailspin Toys 1`,
      });
    });
  });

  describe('inLookback and lookbackEdge', () => {
    it('includes a survey exactly the look-back months back, not one day more', () => {
      const back = addMonths('2009-11-15', -lookbackMonths);
      expect(inLookback(back, '2009-11-15', R)).toBe(true);
      expect(inLookback(addDays(back, -1), '2009-11-15', R)).toBe(false);
      expect(inLookback('2009-11-16', '2009-11-15', R)).toBe(false);
      expect(lookbackEdge(back, R)).toBe('2009-11-15');
    });
  });

  describe('gold.csat', () => {
    it('from the date it is required, is met with enough counted responses, and blocking', () => {
      const r = csat(withSurveys([survey('2009-04-01', enough)]), from);
      expect(r).toMatchObject({ status: 'met', blocking: true, actual: required, required });
    });

    it('a survey exactly the look-back months back counts; one day more does not', () => {
      const asOf = addDays(from, 14);
      const m = withSurveys([survey(addMonths(asOf, -lookbackMonths), enough)]);
      expect(csat(m, asOf).status).not.toBe('unmet');
      expect(csat(m, addDays(asOf, 1))).toMatchObject({ status: 'unmet', actual: 0 });
    });

    it('the per-customer cap: one over the cap from Contoso counts the cap only', () => {
      const m = withSurveys([
        survey('2009-04-01', [
          { customer: 'Contoso', count: cap + 1 },
          { customer: 'Tailspin Toys', count: required - cap - 1 },
        ]),
      ]);
      const r = csat(m, from);
      expect(r).toMatchObject({ status: 'unmet', actual: required - 1, dueOn: addDays(from, 44) });
      expect(r.action).toMatch(/^One more CSAT response from a customer other than Contoso/);
      expect(r.detail).toContain(`Contoso ${cap} of ${cap + 1}`);
      const capOnly = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: cap }])]);
      expect(csat(capOnly, from).action).toMatch(
        new RegExp(`^${moreResponses(required - cap)} from a customer other than Contoso`, 'i'),
      );
    });

    // DESIGN §3.2 as revised: the test is made on the earliest re-enrollment date, max(asOf,
    // opensOn); before requiredFrom with the window running past it, a failing test is at-risk
    // with a rule-change deadline the day before (it was advisory when keyed on asOf).
    it('earliest re-enrollment the day before: a failing test is at-risk, due that day, not blocking', () => {
      const m = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: 5 }])]);
      const r = csat(m, lastOld);
      expect(r).toMatchObject({ status: 'at-risk', blocking: false, dueOn: lastOld, actual: 5 });
      expect(r.action).toMatch(
        new RegExp(
          `^Re-enroll by ${humanDate(lastOld)}, or collect ${moreResponses(required - 5)} in the survey of 1 Apr 2009`,
        ),
      );
      expect(r.about.testedOn).toBe(lastOld);
      const deadline = evaluated(m, lastOld).deadlines.find((d) => d.kind === 'rule-change');
      expect(deadline).toMatchObject({
        dueOn: lastOld,
        endangers: 'gold.csat',
        status: 'before-expiry',
        about: { ruleChange: { requirement: 'gold.csat', effectiveOn: from } },
      });
    });

    it('earliest re-enrollment on the date: a failing test is unmet and blocking, with no rule-change deadline', () => {
      const m = withSurveys([survey('2009-04-01', [{ customer: 'Contoso', count: 5 }])]);
      expect(csat(m, from)).toMatchObject({ status: 'unmet', blocking: true });
      expect(evaluated(m, from).deadlines.some((d) => d.kind === 'rule-change')).toBe(false);
    });

    it('a window opening exactly on the date makes CSAT required even when asOf is earlier', () => {
      const m = withSurveys([], addDays(from, R.windowDays));
      const e = evaluated(m, AS_OF);
      expect(e.window.opensOn).toBe(from);
      expect(e.requirements.find((r) => r.id === 'gold.csat')).toMatchObject({
        status: 'unmet',
        blocking: true,
        about: { testedOn: from },
      });
      expect(e.qualifies.gold).toBe(false);
      expect(e.deadlines.some((d) => d.kind === 'rule-change')).toBe(false);
      // One day earlier the window opens under the old rule: at-risk, and the change is a deadline.
      const before = evaluated(withSurveys([], addDays(from, R.windowDays - 1)), AS_OF);
      expect(before.requirements.find((r) => r.id === 'gold.csat')).toMatchObject({
        status: 'at-risk',
        dueOn: lastOld,
      });
      expect(before.deadlines.find((d) => d.kind === 'rule-change')?.dueOn).toBe(lastOld);
    });

    it('asOf before the date with a window opening after it and no survey does not qualify for Gold', () => {
      const e = evaluated(withSurveys([], addDays(from, R.windowDays + 1)), addDays(from, -17));
      expect(e.requirements.find((r) => r.id === 'gold.csat')?.status).toBe('unmet');
      expect(e.qualifies.gold).toBe(false);
    });

    it('the look-back is counted from the earliest re-enrollment date, not from asOf', () => {
      const back = addMonths(from, -lookbackMonths);
      const m = (on: string) => withSurveys([survey(on, enough)], addDays(from, R.windowDays));
      expect(csat(m(back), AS_OF).status).not.toBe('unmet');
      expect(csat(m(addDays(back, -1)), AS_OF).status).toBe('unmet');
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
      const r = csat(m, from);
      expect(r).toMatchObject({ status: 'met', actual: 2 * cap });
      expect(r.detail).toContain(`Café Nord ${cap} of 12 (also written " cafe  NORD ")`);
      expect(r.detail).toContain(`Contoso ${cap} of 16 (also written "CONTOSO")`);
      expect(r.about.customers?.map((c) => c.spellings)).toEqual([
        ['Café Nord', ' cafe  NORD '],
        ['Contoso', 'CONTOSO'],
      ]);
    });

    it('two rows at the cap from "Contoso" and "contoso" count the cap once', () => {
      const m = withSurveys([
        survey('2009-04-01', [
          { customer: 'Contoso', count: cap },
          { customer: 'contoso', count: cap },
        ]),
      ]);
      expect(csat(m, from)).toMatchObject({ status: 'unmet', actual: cap });
    });

    it('before the date a passing test is met and not blocking', () => {
      const r = csat(withSurveys([survey('2009-04-01', enough)], addDays(from, -17)), AS_OF);
      expect(r).toMatchObject({ status: 'met', blocking: false });
    });

    it('is at-risk when the survey leaves the look-back before a re-enrollment from the date', () => {
      const on = addDays(addMonths(from, -lookbackMonths), 19);
      const edge = addMonths(on, lookbackMonths);
      const r = csat(withSurveys([survey(on, enough)]), from);
      expect(r).toMatchObject({ status: 'at-risk', blocking: true, dueOn: edge });
      expect(r.action).toContain(humanDate(edge));
    });

    it('before the date, warns at-risk without blocking when the survey ages out before a later expiry', () => {
      const on = addDays(addMonths(from, -lookbackMonths), 19);
      const r = csat(withSurveys([survey(on, enough)]), lastOld);
      expect(r).toMatchObject({ status: 'at-risk', blocking: false, dueOn: addMonths(on, lookbackMonths) });
    });

    it('is not at-risk when the enrollment expires before the rule takes effect', () => {
      const r = csat(withSurveys([survey('2008-09-01', enough)], lastOld), AS_OF);
      expect(r.status).toBe('met');
    });

    it('without any survey, says to take part in one', () => {
      const r = csat(withSurveys([]), from);
      expect(r).toMatchObject({ status: 'unmet', actual: 0 });
      expect(r.action).toContain('Take part in a Customer Satisfaction Index survey');
    });

    it('uses the best survey in the look-back', () => {
      const m = withSurveys([
        survey('2009-02-01', [{ customer: 'Contoso', count: 3 }], 'v-1'),
        survey('2009-06-01', enough, 'v-2'),
      ]);
      expect(csat(m, from).detail).toContain('the survey of 1 Jun 2009');
    });
  });
});
