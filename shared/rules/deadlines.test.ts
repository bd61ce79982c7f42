import { describe, expect, it } from 'vitest';
import { evaluateMembership } from './evaluate';
import { AS_OF, goldMembership, mcp } from '../../test/fixtures/gold-membership';
import { MPP_2009 } from './mpp2009';

const deadlinesOf = (m = goldMembership(), asOf = AS_OF) => evaluateMembership(m, asOf, MPP_2009).deadlines;

describe('deadlines', () => {
  it('lists the window opening and the expiry, by date', () => {
    const list = deadlinesOf();
    expect(list.slice(0, 2)).toEqual([
      {
        kind: 'window-opens',
        subject: 'Fabrikam Ltd (Seattle): re-enrollment window opens',
        dueOn: '2009-07-02',
        status: 'ok',
        daysLeft: -44,
        endangers: null,
        professionalId: null,
        about: { membership: { id: 'm-1', name: 'Fabrikam Ltd', location: 'Seattle' } },
      },
      {
        kind: 'enrollment-expires',
        subject: 'Fabrikam Ltd (Seattle): enrollment expires',
        dueOn: '2009-09-30',
        status: 'ok',
        daysLeft: 46,
        endangers: null,
        professionalId: null,
        about: { membership: { id: 'm-1', name: 'Fabrikam Ltd', location: 'Seattle' } },
      },
    ]);
    const dates = list.map((d) => d.dueOn);
    expect(dates).toEqual([...dates].sort());
  });

  it('is soon within 30 days and overdue once past', () => {
    expect(
      deadlinesOf(goldMembership(), '2009-08-31').find((d) => d.kind === 'enrollment-expires')?.status,
    ).toBe('soon');
    expect(
      deadlinesOf(goldMembership(), '2009-08-30').find((d) => d.kind === 'enrollment-expires')?.status,
    ).toBe('ok');
    expect(
      deadlinesOf(goldMembership(), '2009-10-01').find((d) => d.kind === 'enrollment-expires')?.status,
    ).toBe('overdue');
  });

  it('marks an MCP date before expiry that endangers gold.mcp-exams, with the professional', () => {
    const m = goldMembership({
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
        mcp('p-2', 'Ana Ruiz'),
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
        membership: { id: 'm-1', name: 'Fabrikam Ltd', location: 'Seattle' },
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

  it('does not mark an MCP date that a third linked MCP covers', () => {
    const m = goldMembership({
      professionals: [
        mcp('p-1', 'Sam Lee', {
          certifications: [
            { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: '2009-09-10', newerExamRequiredBy: null },
          ],
        }),
        mcp('p-2', 'Ana Ruiz'),
        mcp('p-3', 'Ravi Patel'),
      ],
    });
    expect(deadlinesOf(m).find((d) => d.kind === 'certification-expires')).toMatchObject({
      status: 'soon',
      endangers: null,
      professionalId: 'p-1',
    });
  });

  it('gives a lapsing reference its expiry and request-by date, both endangering', () => {
    const base = goldMembership();
    const m = goldMembership({ references: [{ ...base.references[0]!, expiresOn: '2009-09-20' }] });
    const list = deadlinesOf(m);
    expect(list.find((d) => d.kind === 'reference-request-by')).toMatchObject({
      subject: 'Contoso reference: request a replacement',
      about: { reference: { id: 'r-1', customer: 'Contoso' } },
      dueOn: '2009-08-21',
      status: 'before-expiry',
      endangers: 'gold.references-current',
    });
    expect(list.find((d) => d.kind === 'reference-expires')).toMatchObject({
      dueOn: '2009-09-20',
      status: 'before-expiry',
    });
    expect(deadlinesOf(m, '2009-08-22').find((d) => d.kind === 'reference-request-by')?.status).toBe(
      'overdue',
    );
  });

  it('gives no request-by date to a reference that lasts through expiry', () => {
    expect(deadlinesOf().some((d) => d.kind === 'reference-request-by')).toBe(false);
    expect(deadlinesOf().find((d) => d.kind === 'reference-expires')?.dueOn).toBe('2010-06-30');
  });

  it('gives the CSAT 12-month edge, endangering gold.csat when it falls before a later expiry', () => {
    const m = goldMembership({
      enrollment: { startedOn: '2008-12-16', expiresOn: '2009-12-15' },
      csatSurveys: [
        {
          id: 'v-1',
          participatedOn: '2008-11-20',
          responses: [
            { customer: 'Contoso', count: 8 },
            { customer: 'Tailspin Toys', count: 2 },
          ],
        },
      ],
    });
    expect(deadlinesOf(m, '2009-11-01').find((d) => d.kind === 'csat-12-month-edge')).toMatchObject({
      dueOn: '2009-11-20',
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
    const m = goldMembership({
      professionals: [
        mcp('p-1', 'Sam Lee', { certifications: [cert('MCSE', '2999-12-31'), cert('MCTS', '2010-01-01')] }),
        mcp('p-2', 'Ana Ruiz', { certifications: [cert('MCTS', '2010-01-01')] }),
      ],
    });
    expect(deadlinesOf(m).map((d) => `${d.dueOn} ${d.subject}`)).toEqual([
      '2009-07-02 Fabrikam Ltd (Seattle): re-enrollment window opens',
      '2009-09-30 Fabrikam Ltd (Seattle): enrollment expires',
      '2010-01-01 Sam Lee — MCTS',
      '2010-01-01 Ana Ruiz — MCTS',
      '2010-04-01 CSAT survey of 1 Apr 2009 leaves the 12-month window',
      '2010-06-30 Contoso reference',
      '2999-12-31 Sam Lee — MCSE',
    ]);
  });

  it("gives each certified solution's expiry, endangering the MCP requirement only the day before expiresOn", () => {
    // One associated MCP: the solution alone carries gold.mcps-or-solution.
    const withSolution = (expiresOn: string) =>
      goldMembership({
        professionals: [mcp('p-1', 'Sam Lee')],
        certifiedSolutions: [{ id: 's-1', name: 'Fabrikam CRM', testedOn: '2009-01-10', expiresOn }],
      });
    const onExpiry = evaluateMembership(withSolution('2009-09-30'), AS_OF, MPP_2009);
    expect(onExpiry.requirements.find((r) => r.id === 'gold.mcps-or-solution')?.status).toBe('met');
    expect(onExpiry.deadlines.find((d) => d.kind === 'solution-expires')).toMatchObject({
      dueOn: '2009-09-30',
      status: 'ok',
      endangers: null,
      about: { solution: { id: 's-1', name: 'Fabrikam CRM' } },
    });
    const dayBefore = evaluateMembership(withSolution('2009-09-29'), AS_OF, MPP_2009);
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
    const m = goldMembership({
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
