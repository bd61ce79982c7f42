import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { Membership } from '../interchange/schema';
import { AS_OF, goldMembership, requirementOf } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import { pointsAction } from './points';
import type { RequirementId } from './types';

// Every test runs under each ruleset: its pass mark, waiver date and points thresholds.
describe.each(RULESETS)('under $id', (R) => {
  const { passPercent: pass, renewingWaivedThrough: waivedThrough } = R.maps;
  const { perCompetency: P, firstCompetencyBonus: B } = R.points;
  const gold = (overrides: Partial<Membership> = {}) => goldMembership(overrides, R);
  const req = (m: Membership, id: RequirementId, asOf = AS_OF) => requirementOf(m, id, asOf, R);
  const base = gold();

  describe('registered.maps-assessment', () => {
    it('is met at the pass mark or more, and never blocking', () => {
      const m = gold({ mapsAssessment: { scorePercent: pass, takenOn: '2009-02-15' } });
      expect(req(m, 'registered.maps-assessment')).toMatchObject({
        status: 'met',
        level: 'registered',
        kind: 'qualification',
        blocking: false,
        actual: pass,
        required: pass,
      });
    });

    it('is waived for a renewing subscriber through the waiver date, not the day after', () => {
      const m = gold({
        renewingSubscriber: true,
        mapsAssessment: { scorePercent: pass - 10, takenOn: null },
      });
      expect(req(m, 'registered.maps-assessment', waivedThrough)).toMatchObject({
        status: 'waived',
        dueOn: waivedThrough,
      });
      expect(req(m, 'registered.maps-assessment', addDays(waivedThrough, 1))).toMatchObject({
        status: 'unmet',
        actual: pass - 10,
      });
    });

    it('is unmet below the pass mark for a new subscriber, and todo without an assessment', () => {
      const low = gold({
        renewingSubscriber: false,
        mapsAssessment: { scorePercent: pass - 0.5, takenOn: null },
      });
      expect(req(low, 'registered.maps-assessment').status).toBe('unmet');
      const none = gold({ renewingSubscriber: false, mapsAssessment: null });
      expect(req(none, 'registered.maps-assessment')).toMatchObject({
        status: 'todo',
        required: pass,
      });
      expect(req(none, 'registered.maps-assessment', addDays(waivedThrough, 1)).action).toContain(
        `${pass} %`,
      );
    });

    it('is waived without an assessment for a renewing subscriber', () => {
      const none = gold({ renewingSubscriber: true, mapsAssessment: null });
      expect(req(none, 'registered.maps-assessment').status).toBe('waived');
      expect(req(none, 'registered.maps-assessment', addDays(waivedThrough, 1)).status).toBe('todo');
    });
  });

  describe('points', () => {
    it('are met at the thresholds with actual and required', () => {
      const total = R.points.gold + 10;
      expect(req(base, 'certified.points')).toMatchObject({
        status: 'met',
        actual: total,
        required: R.points.certified,
      });
      expect(req(base, 'gold.points')).toMatchObject({
        status: 'met',
        actual: total,
        required: R.points.gold,
      });
    });

    it('are unmet below, with the smallest action', () => {
      // One competency (with its bonus) and the other points; pointsAction's wording is pinned in
      // points.test.ts, here the rule must hand it the shortfall.
      const m = gold({ competencies: base.competencies.slice(0, 1) });
      const total = P + B + (base.otherPoints[0]?.points ?? 0);
      expect(req(m, 'certified.points').status).toBe('met');
      expect(req(m, 'gold.points')).toMatchObject({
        status: 'unmet',
        actual: total,
        action: pointsAction(R.points.gold - total, true, R),
      });
      expect(req(m, 'gold.points').action).toMatch(/: one more competency/);
      const none = gold({ competencies: [], otherPoints: [] });
      expect(req(none, 'certified.points')).toMatchObject({
        status: 'unmet',
        actual: 0,
        action: pointsAction(R.points.certified, false, R),
      });
    });

    it('exactly at the Gold threshold is met, one point below is not', () => {
      const at = (other: number) =>
        gold({
          otherPoints: [{ id: 'o-1', description: 'Other', points: other, earnedOn: null }],
        });
      const exact = R.points.gold - 3 * P - B;
      expect(req(at(exact), 'gold.points').status).toBe('met');
      expect(req(at(exact - 1), 'gold.points')).toMatchObject({
        status: 'unmet',
        action: '1 more point: 1 other point',
      });
    });
  });

  describe('gold.competency', () => {
    it('is met with an attained competency and a chosen competency and specialization', () => {
      const r = req(base, 'gold.competency');
      expect(r.status).toBe('met');
      expect(r.detail).toContain('Information Worker Solutions / Unified Communications');
    });

    it('is unmet when none is attained by asOf', () => {
      const m = gold({
        competencies: base.competencies.map((c) => ({ ...c, attainedOn: '2009-08-16' })),
      });
      expect(req(m, 'gold.competency').status).toBe('unmet');
      expect(req(m, 'gold.competency', '2009-08-16').status).toBe('met');
    });

    it('is unmet when the chosen competency is not attained, though another one is', () => {
      const m = gold({
        competencies: base.competencies.map((c) => (c.id === 'c-1' ? { ...c, attainedOn: '2009-09-01' } : c)),
      });
      const r = req(m, 'gold.competency');
      expect(r).toMatchObject({ status: 'unmet', about: { competency: { id: 'c-1' } } });
      expect(r.detail).toContain('attained only on 1 Sep 2009');
      expect(r.action).toBe(
        'Attain Information Worker Solutions, or choose a competency already attained, for example Networking Infrastructure Solutions',
      );
      expect(req(m, 'gold.competency', '2009-09-01').status).toBe('met');
    });

    it('is unmet when the chosen specialization is not one the chosen competency offers', () => {
      const m = gold({ chosen: { competencyId: 'c-1', specialization: 'Web Development' } });
      const r = req(m, 'gold.competency');
      expect(r.status).toBe('unmet');
      expect(r.detail).toBe(
        'Information Worker Solutions does not offer the chosen specialization Web Development (it offers Unified Communications).',
      );
    });

    it('is unmet without a chosen competency or specialization', () => {
      expect(req(gold({ chosen: null }), 'gold.competency').status).toBe('unmet');
      const noSpecialization = gold({ chosen: { competencyId: 'c-1', specialization: null } });
      expect(req(noSpecialization, 'gold.competency')).toMatchObject({ status: 'unmet' });
      expect(req(noSpecialization, 'gold.competency').action).toContain('Information Worker Solutions');
    });
  });
});
