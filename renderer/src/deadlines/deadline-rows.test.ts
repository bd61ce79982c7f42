import { describe, expect, it } from 'vitest';
import { evaluateMembership } from '../../../shared/rules/evaluate';
import type { Deadline } from '../../../shared/rules/types';
import { goldMembership, mcp } from '../../../test/fixtures/gold-membership';
import { deadlineGroups, dueWithinSoon, filterRows } from './deadline-rows';
import { MPP_2009 } from '../../../shared/rules/mpp2009';

const membership = goldMembership({
  professionals: [
    mcp('p-1', 'Sam Lee', {
      certifications: [
        { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: null, newerExamRequiredBy: '2009-09-10' },
      ],
    }),
    mcp('p-2', 'Ana Ruiz', {
      certifications: [
        { name: 'MCTS: SQL', earnedOn: '2007-03-01', expiresOn: '2010-02-01', newerExamRequiredBy: null },
      ],
    }),
  ],
});

describe('deadlineGroups', () => {
  const evaluation = evaluateMembership(membership, '2009-08-15', MPP_2009);
  const groups = deadlineGroups(evaluation.deadlines, evaluation.requirements);

  it('puts every MCP certification deadline in the MCP group with who and which certification', () => {
    expect(groups.mcp.map((r) => [r.who, r.what, r.dueOn])).toEqual([
      ['Sam Lee', 'MCITP', '2009-09-10'],
      ['Ana Ruiz', 'MCTS: SQL', '2010-02-01'],
    ]);
    expect(groups.mcp[0]?.daysLeft).toBe(26);
  });

  it('keeps the other deadlines, without the membership name the page already shows', () => {
    const whos = groups.other.map((r) => r.who);
    expect(whos).toContain('Re-enrollment window opens');
    expect(whos).toContain('Enrollment expires');
    expect(groups.mcp.length + groups.other.length).toBe(evaluation.deadlines.length);
  });

  it('builds who and what from the structured fields, whatever the names contain', () => {
    // Names with the separators the subjects use: nothing is cut out of a sentence.
    const odd = goldMembership({
      organization: { ...membership.organization, name: 'A — B: C' },
      professionals: [
        mcp('p-1', 'Lee — Sam', {
          certifications: [
            {
              name: 'MCSE: Security',
              earnedOn: '2007-03-01',
              expiresOn: '2009-09-01',
              newerExamRequiredBy: null,
            },
          ],
        }),
        mcp('p-2', 'Ana Ruiz'),
      ],
      certifiedSolutions: [{ id: 's-1', name: 'CRM — Pro', testedOn: '2009-01-01', expiresOn: '2009-09-20' }],
    });
    const oddEvaluation = evaluateMembership(odd, '2009-08-15', MPP_2009);
    const rows = deadlineGroups(oddEvaluation.deadlines, oddEvaluation.requirements);
    expect(rows.mcp[0]).toMatchObject({ who: 'Lee — Sam', what: 'MCSE: Security' });
    expect(rows.other.find((r) => r.kind === 'solution-expires')?.who).toBe('CRM — Pro');
    expect(rows.other.find((r) => r.kind === 'reference-expires')?.who).toBe('Contoso reference');
    expect(rows.other.find((r) => r.kind === 'enrollment-expires')?.who).toBe('Enrollment expires');
  });

  it('says what an MCP deadline endangers when it lapses before expiry', () => {
    const sam = groups.mcp[0];
    expect(sam?.status).toBe('before-expiry');
    expect(sam?.endangers).toBe('gold.mcp-exams');
  });
});

const at = (daysLeft: number, status: Deadline['status'] = 'ok'): Deadline => ({
  kind: 'enrollment-expires',
  subject: 'x',
  dueOn: '2009-09-30',
  status,
  daysLeft,
  endangers: null,
  professionalId: null,
  about: { membership: { id: 'm-1', name: 'Fabrikam Ltd', location: null } },
});

describe('dueWithinSoon and filterRows', () => {
  it('counts deadlines from today to the horizon, both included, and nothing past', () => {
    expect(dueWithinSoon([at(-1), at(0), at(30), at(31)], 30)).toBe(2);
    expect(dueWithinSoon([at(-1), at(0), at(21), at(22)], 21)).toBe(2);
  });

  it('filters by the same horizon, or by status', () => {
    const rows = deadlineGroups([at(-2, 'overdue'), at(10, 'soon'), at(40)], []).other;
    expect(filterRows(rows, 'all', 30)).toHaveLength(3);
    expect(filterRows(rows, 'soon', 30).map((r) => r.daysLeft)).toEqual([10]);
    expect(filterRows(rows, 'soon', 40).map((r) => r.daysLeft)).toEqual([10, 40]);
    expect(filterRows(rows, 'overdue', 30).map((r) => r.daysLeft)).toEqual([-2]);
  });
});
