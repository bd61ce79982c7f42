// examples/fabrikam.json is the README's sample and the app's "open sample", written for mpp-2009
// (its stories are about that ruleset's numbers, so this file alone runs under it). Its four stories
// must hold at the documented asOf, 2009-08-15 (inside each Gold membership's 90-day window).
import { describe, expect, it } from 'vitest';
import sample from '../../examples/fabrikam.json';
import type { Membership } from '../interchange/schema';
import { parseInterchange } from '../interchange/parse';
import { evaluate } from './evaluate';
import type { MembershipEvaluation, RequirementId } from './types';
import { MPP_2009 } from './mpp2009';

const SAMPLE_AS_OF = '2009-08-15';

function evaluated(): Map<string, MembershipEvaluation> {
  const parsed = parseInterchange(sample);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const result = evaluate(parsed.value.memberships as Membership[], {
    asOf: SAMPLE_AS_OF,
    ruleset: MPP_2009,
  });
  return new Map(result.memberships.map((m) => [m.id, m]));
}
const status = (m: MembershipEvaluation, id: RequirementId) => m.requirements.find((r) => r.id === id)!;

describe('examples/fabrikam.json at 2009-08-15', () => {
  const byId = evaluated();

  it('holds four memberships in their windows', () => {
    expect([...byId.keys()]).toEqual(['m-seattle', 'm-dublin', 'm-munich', 'm-sydney']);
    for (const m of byId.values()) expect(m.window.status).toBe('open');
  });

  it('Seattle is ready for Gold with nothing at risk', () => {
    const m = byId.get('m-seattle')!;
    expect(m.ready).toBe(true);
    expect(m.qualifies.gold).toBe(true);
    expect(m.requirements.every((r) => r.status === 'met')).toBe(true);
    expect(m.gaps).toEqual([]);
  });

  it('Dublin is Gold at risk: a newer exam and a reference fall due before expiry', () => {
    const m = byId.get('m-dublin')!;
    expect(m.qualifies.gold).toBe(true);
    expect(status(m, 'gold.mcp-exams')).toMatchObject({ status: 'at-risk', dueOn: '2009-09-30' });
    expect(status(m, 'gold.mcp-exams').action).toContain(
      'Sean Murphy must pass the newer exam for MCSE: Security',
    );
    expect(status(m, 'gold.references-current')).toMatchObject({ status: 'at-risk', dueOn: '2009-09-15' });
    expect(status(m, 'gold.references-current').action).toContain('Northwind Traders');
    const beforeExpiry = m.deadlines
      .filter((d) => d.status === 'before-expiry')
      .map((d) => [d.kind, d.dueOn]);
    expect(beforeExpiry).toEqual([
      ['reference-request-by', '2009-09-15'],
      ['newer-exam-required', '2009-09-30'],
      ['reference-expires', '2009-10-15'],
    ]);
  });

  it('Munich falls back to Certified: 50 points short of Gold', () => {
    const m = byId.get('m-munich')!;
    expect(m.qualifies).toEqual({ registered: true, certified: true, gold: false });
    expect(m.fallback?.level).toBe('certified');
    expect(status(m, 'gold.points').action).toBe(
      '50 more points: one more competency (30) and 20 other points',
    );
    expect(status(m, 'admin.global-program-administrator').detail).toContain('Tom Novak');
    // CSAT is tested on the earliest re-enrollment date (15 Aug 2009), before the rule starts on
    // 1 Nov 2009, but the window runs to 10 Nov 2009: at-risk with a rule-change deadline (was
    // advisory when the rule was keyed on asOf alone).
    expect(status(m, 'gold.csat')).toMatchObject({ status: 'at-risk', actual: 9, dueOn: '2009-10-31' });
    expect(status(m, 'gold.csat').action).toMatch(
      /^Re-enroll by 31 Oct 2009, or collect one more CSAT response from a customer other than Contoso/,
    );
    expect(m.deadlines.find((d) => d.kind === 'rule-change')).toMatchObject({
      dueOn: '2009-10-31',
      endangers: 'gold.csat',
    });
  });

  it('Sydney is a Registered member, ready, with the assessment waived for a renewing subscriber', () => {
    const m = byId.get('m-sydney')!;
    expect(m.ready).toBe(true);
    expect(status(m, 'registered.maps-assessment').status).toBe('waived');
    expect(m.fallback).toBeNull();
  });
});
