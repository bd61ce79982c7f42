import { describe, expect, it } from 'vitest';
import { evaluateMembership } from './evaluate';
import { AS_OF, goldMembership } from '../../test/fixtures/gold-membership';
import { MPP_2009 } from './mpp2009';

const notDone = { done: false, on: null, note: null };

describe('outcome', () => {
  it('a complete membership in its window qualifies for every level and is ready, without gaps', () => {
    const e = evaluateMembership(goldMembership(), AS_OF, MPP_2009);
    expect(e.qualifies).toEqual({ registered: true, certified: true, gold: true });
    expect(e.ready).toBe(true);
    expect(e.gaps).toEqual([]);
    expect(e.fallback).toBeNull();
  });

  it('is not ready before the window opens or after expiry, whatever else holds', () => {
    expect(evaluateMembership(goldMembership(), '2009-07-01', MPP_2009).ready).toBe(false);
    expect(evaluateMembership(goldMembership(), '2009-07-02', MPP_2009).ready).toBe(true);
    expect(evaluateMembership(goldMembership(), '2009-09-30', MPP_2009).ready).toBe(true);
    expect(evaluateMembership(goldMembership(), '2009-10-01', MPP_2009).ready).toBe(false);
  });

  it('a manual step blocks readiness but not qualification', () => {
    const base = goldMembership();
    const e = evaluateMembership(
      goldMembership({ steps: { ...base.steps, termsSigned: notDone } }),
      AS_OF,
      MPP_2009,
    );
    expect(e.qualifies.gold).toBe(true);
    expect(e.ready).toBe(false);
    expect(e.gaps).toEqual([
      {
        requirementId: 'gold.terms-signed',
        title: 'Gold: sign the terms and conditions',
        shortTitle: 'Terms signed',
        status: 'todo',
        action: 'Sign the terms and conditions',
      },
    ]);
  });

  it('the gold steps do not block a Certified target', () => {
    const base = goldMembership();
    const m = goldMembership({
      targetLevel: 'certified',
      chosen: null,
      steps: { ...base.steps, termsSigned: notDone, feePaid: { ...notDone, amount: null, currency: null } },
    });
    const e = evaluateMembership(m, AS_OF, MPP_2009);
    expect(e.ready).toBe(true);
    expect(e.qualifies).toEqual({ registered: true, certified: true, gold: false });
    expect(e.gaps).toEqual([]);
    expect(e.fallback).toBeNull();
  });

  it('falls back to Certified when Gold is not met, and lists the gaps with actions', () => {
    const base = goldMembership();
    const m = goldMembership({ competencies: base.competencies.slice(0, 1), otherPoints: [] });
    const e = evaluateMembership(m, AS_OF, MPP_2009);
    expect(e.qualifies).toEqual({ registered: true, certified: true, gold: false });
    expect(e.ready).toBe(false);
    expect(e.gaps).toEqual([
      {
        requirementId: 'gold.points',
        title: 'Gold: 120 partner points',
        shortTitle: 'Partner points (120)',
        status: 'unmet',
        action: '70 more points: 2 more competencies (60) and 10 other points',
      },
    ]);
    expect(e.fallback?.level).toBe('certified');
    // The title names what is missing; ids are for scripts, not for people.
    expect(e.fallback?.message).toContain('Gold: 120 partner points');
    expect(e.fallback?.message).not.toContain('gold.points');
    expect(e.fallback?.message).toContain('qualifies for Certified');
    // 46 days left and an action (points) possible: not "out of reach".
    expect(e.fallback?.message).not.toContain('out of reach');
    expect(evaluateMembership(m, '2009-10-01', MPP_2009).fallback?.message).toMatch(
      /^Gold Certified is out of reach: the enrollment expired on 30 Sep 2009/,
    );
  });

  it('never gives a manual confirmation still to do as a reason Gold is not met', () => {
    const base = goldMembership();
    const competencies = base.competencies.map((c, i) =>
      i === 0 ? { ...c, otherRequirementsMet: false } : c,
    );
    const e = evaluateMembership(goldMembership({ competencies, otherPoints: [] }), AS_OF, MPP_2009);
    expect(e.fallback?.message).toContain("to confirm: Gold: the competency's other requirements");
    expect(e.fallback?.message).not.toMatch(/not met: [^;]*other requirements/);
  });

  it('falls back to Registered when Certified is out of reach too', () => {
    const e = evaluateMembership(goldMembership({ competencies: [], otherPoints: [] }), AS_OF, MPP_2009);
    expect(e.qualifies).toEqual({ registered: true, certified: false, gold: false });
    expect(e.fallback?.level).toBe('registered');
  });

  it('counts at-risk and waived as passing, and lists at-risk ones as gaps by due date', () => {
    const base = goldMembership();
    const m = goldMembership({
      references: [{ ...base.references[0]!, expiresOn: '2009-09-20' }],
      professionals: [
        {
          ...base.professionals[0]!,
          certifications: [
            { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: null, newerExamRequiredBy: '2009-09-10' },
          ],
        },
        base.professionals[1]!,
      ],
      steps: { ...base.steps, termsSigned: notDone },
    });
    const e = evaluateMembership(m, AS_OF, MPP_2009);
    expect(e.qualifies.gold).toBe(true);
    expect(e.gaps.map((g) => [g.requirementId, g.status, g.dueOn])).toEqual([
      ['gold.references-current', 'at-risk', '2009-08-21'],
      ['gold.mcps-or-solution', 'at-risk', '2009-09-10'],
      ['gold.mcp-exams', 'at-risk', '2009-09-10'],
      ['gold.terms-signed', 'todo', undefined],
    ]);
  });

  it('an unmet non-blocking requirement is no gap; an advisory CSAT does not block', () => {
    const m = goldMembership({ renewingSubscriber: false, mapsAssessment: null, csatSurveys: [] });
    const e = evaluateMembership(m, AS_OF, MPP_2009);
    expect(e.requirements.find((r) => r.id === 'gold.csat')?.status).toBe('advisory');
    expect(e.requirements.find((r) => r.id === 'registered.maps-assessment')?.status).toBe('todo');
    expect(e.ready).toBe(true);
    expect(e.gaps).toEqual([]);
  });
});
