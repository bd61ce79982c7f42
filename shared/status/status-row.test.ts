import { describe, expect, it } from 'vitest';
import { AS_OF, goldMembership, mcp } from '../../test/fixtures/gold-membership';
import { evaluateMembership } from '../rules/evaluate';
import { statusRow } from './status-row';
import { toStatusJson } from './status-json';
import { MPP_2009 } from '../rules/mpp2009';

describe('statusRow: window', () => {
  it('is open with the days left inside the 90 days', () => {
    const row = statusRow(goldMembership(), AS_OF, MPP_2009);
    expect(row.window).toEqual({
      status: 'open',
      daysLeft: 46,
      opensOn: '2009-07-02',
      expiresOn: '2009-09-30',
    });
  });

  it('is not open before the window, with its opening date', () => {
    const row = statusRow(goldMembership(), '2009-06-01', MPP_2009);
    expect(row.window.status).toBe('not-open');
    expect(row.window.opensOn).toBe('2009-07-02');
    expect(row.readiness).toBe('not-ready');
  });

  it('is expired after the expiry date', () => {
    const row = statusRow(goldMembership(), '2009-10-01', MPP_2009);
    expect(row.window).toMatchObject({ status: 'expired', daysLeft: -1 });
  });
});

describe('statusRow: readiness and blocking gaps', () => {
  it('is ready with no blocking gaps when every requirement passes', () => {
    const row = statusRow(goldMembership(), AS_OF, MPP_2009);
    expect(row).toMatchObject({ ready: true, readiness: 'ready', blockingGaps: [] });
  });

  it('lists the blocking requirements that fail, in checklist order', () => {
    const steps = { ...goldMembership().steps, termsAgreed: { done: false, on: null, note: null } };
    const row = statusRow(goldMembership({ steps, professionals: [mcp('p-1', 'Sam Lee')] }), AS_OF, MPP_2009);
    expect(row.ready).toBe(false);
    expect(row.readiness).toBe('not-ready');
    expect(row.blockingGaps).toEqual([
      'steps.terms-agreed',
      'gold.mcps-or-solution',
      'gold.mcp-links',
      'gold.mcp-exams',
    ]);
  });

  it('is ready with risks when a requirement passes today but not through expiry', () => {
    const lapsing = mcp('p-2', 'Ana Ruiz', {
      certifications: [
        { name: 'MCTS', earnedOn: '2007-01-01', expiresOn: '2009-09-01', newerExamRequiredBy: null },
      ],
    });
    const membership = goldMembership({ professionals: [mcp('p-1', 'Sam Lee'), lapsing] });
    const row = statusRow(membership, AS_OF, MPP_2009);
    expect(
      evaluateMembership(membership, AS_OF, MPP_2009).requirements.find((r) => r.id === 'gold.mcp-exams')
        ?.status,
    ).toBe('at-risk');
    expect(row).toMatchObject({ ready: true, readiness: 'ready-with-risks', blockingGaps: [] });
  });

  it('ignores requirements of levels above the target', () => {
    const row = statusRow(goldMembership({ targetLevel: 'registered', professionals: [] }), AS_OF, MPP_2009);
    expect(row.blockingGaps).toEqual([]);
    expect(row.ready).toBe(true);
  });
});

describe('statusRow: next deadline', () => {
  it('is the earliest deadline on or after asOf', () => {
    const lapsing = mcp('p-2', 'Ana Ruiz', {
      certifications: [
        { name: 'MCTS', earnedOn: '2007-01-01', expiresOn: '2009-09-01', newerExamRequiredBy: null },
      ],
    });
    const row = statusRow(
      goldMembership({ professionals: [mcp('p-1', 'Sam Lee'), lapsing] }),
      AS_OF,
      MPP_2009,
    );
    expect(row.nextDeadline).toMatchObject({
      kind: 'certification-expires',
      dueOn: '2009-09-01',
      status: 'before-expiry',
      daysLeft: 17,
    });
    expect(row.nextDeadline?.subject).toContain('Ana Ruiz');
  });

  it('skips deadlines already past (the window opening) and takes the expiry', () => {
    const row = statusRow(goldMembership(), AS_OF, MPP_2009);
    expect(row.nextDeadline).toMatchObject({ kind: 'enrollment-expires', dueOn: '2009-09-30', daysLeft: 46 });
  });

  it('is the window opening before the window opens', () => {
    const row = statusRow(goldMembership(), '2009-06-01', MPP_2009);
    expect(row.nextDeadline).toMatchObject({ kind: 'window-opens', dueOn: '2009-07-02' });
  });
});

describe('toStatusJson', () => {
  it('has exactly the documented fields, in order', () => {
    const row = statusRow(goldMembership(), AS_OF, MPP_2009, { archived: true, rolledForwardTo: 'm-9' });
    const json = toStatusJson('mpp-2009', AS_OF, [row]);
    expect(Object.keys(json)).toEqual(['ruleset', 'asOf', 'memberships']);
    const [m] = json.memberships;
    expect(Object.keys(m ?? {})).toEqual([
      'id',
      'organization',
      'location',
      'partnerId',
      'level',
      'targetLevel',
      'window',
      'ready',
      'qualifies',
      'blockingGaps',
      'nextDeadline',
    ]);
    expect(m).toMatchObject({ organization: 'Fabrikam Ltd', location: 'Seattle', partnerId: '1234567' });
    expect(Object.keys(m?.nextDeadline ?? {})).toEqual(['kind', 'subject', 'dueOn', 'status']);
  });
});
