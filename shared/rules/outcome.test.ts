import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { Membership } from '../interchange/schema';
import { evaluateMembership } from './evaluate';
import { AS_OF, EXPIRES_ON, goldMembership, reference, team } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import { pointsAction } from './points';

const notDone = { done: false, on: null, note: null };

// Every test runs under each ruleset: its window, thresholds and requirement titles.
describe.each(RULESETS)('outcome under $id', (R) => {
  const gold = (overrides: Partial<Membership> = {}) => goldMembership(overrides, R);
  const evaluated = (m: Membership, asOf = AS_OF) => evaluateMembership(m, asOf, R);
  const base = gold();
  const titles = (id: keyof typeof R.requirements) => ({
    title: R.requirements[id].title,
    shortTitle: R.requirements[id].shortTitle,
  });

  it('a complete membership in its window qualifies for every level and is ready, without gaps', () => {
    const e = evaluated(base);
    expect(e.qualifies).toEqual({ registered: true, certified: true, gold: true });
    expect(e.ready).toBe(true);
    expect(e.gaps).toEqual([]);
    expect(e.fallback).toBeNull();
  });

  it('is not ready before the window opens or after expiry, whatever else holds', () => {
    expect(evaluated(base, addDays(EXPIRES_ON, -R.windowDays - 1)).ready).toBe(false);
    expect(evaluated(base, addDays(EXPIRES_ON, -R.windowDays)).ready).toBe(true);
    expect(evaluated(base, EXPIRES_ON).ready).toBe(true);
    expect(evaluated(base, '2009-10-01').ready).toBe(false);
  });

  it('a manual step blocks readiness but not qualification', () => {
    const e = evaluated(gold({ steps: { ...base.steps, termsSigned: notDone } }));
    expect(e.qualifies.gold).toBe(true);
    expect(e.ready).toBe(false);
    expect(e.gaps).toEqual([
      {
        requirementId: 'gold.terms-signed',
        ...titles('gold.terms-signed'),
        status: 'todo',
        action: 'Sign the terms and conditions',
      },
    ]);
  });

  it('the gold steps do not block a Certified target', () => {
    const m = gold({
      targetLevel: 'certified',
      chosen: null,
      steps: { ...base.steps, termsSigned: notDone, feePaid: { ...notDone, amount: null, currency: null } },
    });
    const e = evaluated(m);
    expect(e.ready).toBe(true);
    expect(e.qualifies).toEqual({ registered: true, certified: true, gold: false });
    expect(e.gaps).toEqual([]);
    expect(e.fallback).toBeNull();
  });

  it('falls back to Certified when Gold is not met, and lists the gaps with actions', () => {
    // One competency with its bonus: enough for Certified under both rulesets, short of Gold.
    const m = gold({ competencies: base.competencies.slice(0, 1), otherPoints: [] });
    const total = R.points.perCompetency + R.points.firstCompetencyBonus;
    const e = evaluated(m);
    expect(e.qualifies).toEqual({ registered: true, certified: true, gold: false });
    expect(e.ready).toBe(false);
    expect(e.gaps).toEqual([
      {
        requirementId: 'gold.points',
        ...titles('gold.points'),
        status: 'unmet',
        action: pointsAction(R.points.gold - total, true, R),
      },
    ]);
    expect(e.fallback?.level).toBe('certified');
    // The title names what is missing; ids are for scripts, not for people.
    expect(e.fallback?.message).toContain(R.requirements['gold.points'].title);
    expect(e.fallback?.message).not.toContain('gold.points');
    expect(e.fallback?.message).toContain('qualifies for Certified');
    // 46 days left and an action (points) possible: not "out of reach".
    expect(e.fallback?.message).not.toContain('out of reach');
    expect(evaluated(m, '2009-10-01').fallback?.message).toMatch(
      /^Gold Certified is out of reach: the enrollment expired on 30 Sep 2009/,
    );
  });

  it('never gives a manual confirmation still to do as a reason Gold is not met', () => {
    const competencies = base.competencies.map((c, i) =>
      i === 0 ? { ...c, otherRequirementsMet: false } : c,
    );
    const e = evaluated(gold({ competencies, otherPoints: [] }));
    expect(e.fallback?.message).toContain(`to confirm: ${R.requirements['gold.competency-other'].title}`);
    expect(e.fallback?.message).not.toMatch(/not met: [^;]*other requirements/);
  });

  it('falls back to Registered when Certified is out of reach too', () => {
    const e = evaluated(gold({ competencies: [], otherPoints: [] }));
    expect(e.qualifies).toEqual({ registered: true, certified: false, gold: false });
    expect(e.fallback?.level).toBe('registered');
  });

  it('counts at-risk and waived as passing, and lists at-risk ones as gaps by due date', () => {
    const [sam, ...rest] = team(R.mcps.required);
    const m = gold({
      references: [
        reference(0, { expiresOn: '2009-09-20' }),
        ...Array.from({ length: R.references.required - 1 }, (_, i) => reference(i + 1)),
      ],
      professionals: [
        {
          ...sam!,
          certifications: [
            { name: 'MCITP', earnedOn: '2007-03-01', expiresOn: null, newerExamRequiredBy: '2009-09-10' },
          ],
        },
        ...rest,
      ],
      steps: { ...base.steps, termsSigned: notDone },
    });
    const e = evaluated(m);
    expect(e.qualifies.gold).toBe(true);
    expect(e.gaps.map((g) => [g.requirementId, g.status, g.dueOn])).toEqual([
      ['gold.references-current', 'at-risk', addDays('2009-09-20', -R.references.leadDays)],
      ['gold.mcps-or-solution', 'at-risk', '2009-09-10'],
      ['gold.mcp-exams', 'at-risk', '2009-09-10'],
      ['gold.terms-signed', 'todo', undefined],
    ]);
  });

  it('an unmet non-blocking requirement is no gap; an advisory CSAT does not block', () => {
    const e = evaluated(gold({ renewingSubscriber: false, mapsAssessment: null, csatSurveys: [] }));
    expect(e.requirements.find((r) => r.id === 'gold.csat')?.status).toBe('advisory');
    expect(e.requirements.find((r) => r.id === 'registered.maps-assessment')?.status).toBe('todo');
    expect(e.ready).toBe(true);
    expect(e.gaps).toEqual([]);
  });
});
