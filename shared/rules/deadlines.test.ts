import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../dates';
import type { Membership } from '../interchange/schema';
import { evaluateMembership } from './evaluate';
import {
  AS_OF,
  EXPIRES_ON,
  goldMembership,
  mcp,
  reference,
  responses,
  team,
} from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';

const seattle = { membership: { id: 'm-1', name: 'Fabrikam Ltd', location: 'Seattle' } };

// Every test runs under each ruleset: its window, "soon" horizon, MCP and reference counts, lead
// time and CSAT dates (shared/rules/README.md).
describe.each(RULESETS)('deadlines under $id', (R) => {
  const need = R.mcps.required;
  const gold = (overrides: Partial<Membership> = {}) => goldMembership(overrides, R);
  const deadlinesOf = (m = gold(), asOf = AS_OF) => evaluateMembership(m, asOf, R).deadlines;
  const opensOn = addDays(EXPIRES_ON, -R.windowDays);
  const statusIn = (dueOn: string) => (daysBetween(AS_OF, dueOn) <= R.deadlines.soonDays ? 'soon' : 'ok');

  it('lists the window opening and the expiry, by date', () => {
    const list = deadlinesOf();
    expect(list.slice(0, 2)).toEqual([
      {
        kind: 'window-opens',
        subject: 'Fabrikam Ltd (Seattle): re-enrollment window opens',
        dueOn: opensOn,
        status: 'ok',
        daysLeft: daysBetween(AS_OF, opensOn),
        endangers: null,
        professionalId: null,
        about: seattle,
      },
      {
        kind: 'enrollment-expires',
        subject: 'Fabrikam Ltd (Seattle): enrollment expires',
        dueOn: EXPIRES_ON,
        status: statusIn(EXPIRES_ON),
        daysLeft: 46,
        endangers: null,
        professionalId: null,
        about: seattle,
      },
    ]);
    const dates = list.map((d) => d.dueOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('is soon within the ruleset’s days and overdue once past', () => {
    const expiry = (asOf: string) => deadlinesOf(gold(), asOf).find((d) => d.kind === 'enrollment-expires');
    expect(expiry(addDays(EXPIRES_ON, -R.deadlines.soonDays))?.status).toBe('soon');
    expect(expiry(addDays(EXPIRES_ON, -R.deadlines.soonDays - 1))?.status).toBe('ok');
    expect(expiry('2009-10-01')?.status).toBe('overdue');
  });

  it('marks an MCP date before expiry that endangers gold.mcp-exams, with the professional', () => {
    const m = gold({
      professionals: [
        mcp('p-1', 'Sam Lee', {
          certifications: [
            {
              name: 'MCITP',
              earnedOn: '2007-03-01',
              expiresOn: '2010-06-30',
              newerExamRequiredBy: '2009-09-15',
            },
          ],
        }),
        ...team(need).slice(1),
      ],
    });
    const list = deadlinesOf(m);
    expect(list.find((d) => d.kind === 'newer-exam-required')).toEqual({
      kind: 'newer-exam-required',
      subject: 'Sam Lee — MCITP',
      dueOn: '2009-09-15',
      status: 'before-expiry',
      daysLeft: 31,
      endangers: 'gold.mcp-exams',
      professionalId: 'p-1',
      about: {
        ...seattle,
        professional: { id: 'p-1', name: 'Sam Lee' },
        certification: { name: 'MCITP' },
      },
    });
    // The expiry after the membership's does not endanger anything.
    expect(list.find((d) => d.kind === 'certification-expires')).toMatchObject({
      dueOn: '2010-06-30',
      status: 'ok',
      endangers: null,
    });
  });

  it('does not mark an MCP date that one more linked MCP covers', () => {
    const [sam, ...rest] = team(need + 1);
    const m = gold({
      professionals: [
        {
          ...sam!,
          certifications: [
            { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: '2009-09-10', newerExamRequiredBy: null },
          ],
        },
        ...rest,
      ],
    });
    expect(deadlinesOf(m).find((d) => d.kind === 'certification-expires')).toMatchObject({
      status: statusIn('2009-09-10'),
      endangers: null,
      professionalId: 'p-1',
    });
  });

  it('gives a lapsing reference its expiry and request-by date, both endangering', () => {
    // Early in the window, so the request-by date is still ahead under every lead time.
    const asOf = '2009-08-01';
    const requestBy = addDays('2009-09-20', -R.references.leadDays);
    const m = gold({
      references: [
        reference(0, { expiresOn: '2009-09-20' }),
        ...Array.from({ length: R.references.required - 1 }, (_, i) => reference(i + 1)),
      ],
    });
    const list = deadlinesOf(m, asOf);
    expect(list.find((d) => d.kind === 'reference-request-by')).toMatchObject({
      subject: 'Contoso reference: request a replacement',
      about: { reference: { id: 'r-1', customer: 'Contoso' } },
      dueOn: requestBy,
      status: 'before-expiry',
      endangers: 'gold.references-current',
    });
    expect(list.find((d) => d.kind === 'reference-expires')).toMatchObject({
      dueOn: '2009-09-20',
      status: 'before-expiry',
    });
    expect(deadlinesOf(m, addDays(requestBy, 1)).find((d) => d.kind === 'reference-request-by')?.status).toBe(
      'overdue',
    );
  });

  it('gives no request-by date to a reference that lasts through expiry', () => {
    expect(deadlinesOf().some((d) => d.kind === 'reference-request-by')).toBe(false);
    expect(deadlinesOf().find((d) => d.kind === 'reference-expires')?.dueOn).toBe('2010-06-30');
  });

  it('gives the CSAT look-back edge, endangering gold.csat when it falls before a later expiry', () => {
    const from = R.csat.requiredFrom;
    const on = addDays(addMonths(from, -R.csat.lookbackMonths), 19);
    const m = gold({
      enrollment: { startedOn: '2008-01-01', expiresOn: addDays(from, 44) },
      csatSurveys: [{ id: 'v-1', participatedOn: on, responses: responses(R.csat.responsesRequired, R) }],
    });
    expect(deadlinesOf(m, from).find((d) => d.kind === 'csat-12-month-edge')).toMatchObject({
      dueOn: addMonths(on, R.csat.lookbackMonths),
      status: 'before-expiry',
      endangers: 'gold.csat',
    });
  });

  it('orders by date then kind, keeping the order of the data for equal ones, even across centuries', () => {
    const cert = (name: string, expiresOn: string) => ({
      name,
      earnedOn: '2007-03-01',
      expiresOn,
      newerExamRequiredBy: null,
    });
    const m = gold({
      professionals: [
        mcp('p-1', 'Sam Lee', { certifications: [cert('MCSE', '2999-12-31'), cert('MCTS', '2010-01-01')] }),
        mcp('p-2', 'Ana Ruiz', { certifications: [cert('MCTS', '2010-01-01')] }),
        ...team(need).slice(2),
      ],
    });
    expect(deadlinesOf(m).map((d) => `${d.dueOn} ${d.subject}`)).toEqual([
      `${opensOn} Fabrikam Ltd (Seattle): re-enrollment window opens`,
      '2009-09-30 Fabrikam Ltd (Seattle): enrollment expires',
      '2010-01-01 Sam Lee — MCTS',
      '2010-01-01 Ana Ruiz — MCTS',
      `2010-04-01 CSAT survey of 1 Apr 2009 leaves the ${R.csat.lookbackMonths}-month window`,
      ...m.references.map((r) => `2010-06-30 ${r.customer} reference`),
      '2999-12-31 Sam Lee — MCSE',
    ]);
  });

  it("gives each certified solution's expiry, endangering the MCP requirement only the day before expiresOn", () => {
    // Too few associated MCPs: the solution alone carries gold.mcps-or-solution.
    const withSolution = (expiresOn: string) =>
      gold({
        professionals: team(need - 1),
        certifiedSolutions: [{ id: 's-1', name: 'Fabrikam CRM', testedOn: '2009-01-10', expiresOn }],
      });
    const onExpiry = evaluateMembership(withSolution(EXPIRES_ON), AS_OF, R);
    expect(onExpiry.requirements.find((r) => r.id === 'gold.mcps-or-solution')?.status).toBe('met');
    expect(onExpiry.deadlines.find((d) => d.kind === 'solution-expires')).toMatchObject({
      dueOn: EXPIRES_ON,
      status: statusIn(EXPIRES_ON),
      endangers: null,
      about: { solution: { id: 's-1', name: 'Fabrikam CRM' } },
    });
    const dayBefore = evaluateMembership(withSolution('2009-09-29'), AS_OF, R);
    expect(dayBefore.requirements.find((r) => r.id === 'gold.mcps-or-solution')).toMatchObject({
      status: 'at-risk',
      dueOn: '2009-09-29',
    });
    expect(dayBefore.deadlines.find((d) => d.kind === 'solution-expires')).toMatchObject({
      dueOn: '2009-09-29',
      status: 'before-expiry',
      endangers: 'gold.mcps-or-solution',
    });
  });

  it('leaves out certification dates from before the enrollment period', () => {
    const m = gold({
      professionals: [
        mcp('p-1', 'Sam Lee', {
          certifications: [
            { name: 'MCSE', earnedOn: '2001-01-01', expiresOn: '2005-01-01', newerExamRequiredBy: null },
            { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: null, newerExamRequiredBy: null },
          ],
        }),
      ],
    });
    expect(deadlinesOf(m).some((d) => d.subject === 'Sam Lee — MCSE')).toBe(false);
  });
});
