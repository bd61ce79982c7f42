import { describe, expect, it } from 'vitest';
import { goldMembership, otherPointsFor } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';
import { pointsAction, pointsBreakdown } from './points';

// Every test runs under each ruleset, with its points per competency and first-competency bonus.
describe.each(RULESETS)('under $id', (R) => {
  const { perCompetency: P, firstCompetencyBonus: B } = R.points;

  describe('pointsBreakdown', () => {
    it('adds the points per attained competency, a one-time bonus and the other points', () => {
      expect(pointsBreakdown(goldMembership({}, R), '2009-08-15', R)).toEqual({
        total: 3 * P + B + otherPointsFor(R),
        competencies: 3 * P,
        bonus: B,
        other: otherPointsFor(R),
      });
    });

    it('counts no competency attained after asOf, and no bonus without one', () => {
      const m = goldMembership({}, R);
      expect(pointsBreakdown(m, '2009-02-28', R)).toMatchObject({ competencies: 2 * P, bonus: B });
      expect(pointsBreakdown(m, '2009-03-01', R)).toMatchObject({ competencies: 3 * P });
      expect(pointsBreakdown(m, '2008-04-30', R)).toEqual({ total: 0, competencies: 0, bonus: 0, other: 0 });
    });

    it('counts other points earned by asOf, and undated ones always', () => {
      const m = goldMembership(
        {
          competencies: [],
          otherPoints: [
            { id: 'o-1', description: 'Dated', points: 10, earnedOn: '2009-08-15' },
            { id: 'o-2', description: 'Later', points: 5, earnedOn: '2009-08-16' },
            { id: 'o-3', description: 'Undated', points: 7, earnedOn: null },
          ],
        },
        R,
      );
      expect(pointsBreakdown(m, '2009-08-15', R)).toEqual({
        total: 17,
        competencies: 0,
        bonus: 0,
        other: 17,
      });
    });
  });

  describe('pointsAction', () => {
    it('uses whole competencies, then other points', () => {
      expect(pointsAction(P + 10, true, R)).toBe(
        `${P + 10} more points: one more competency (${P}) and 10 other points`,
      );
      expect(pointsAction(2 * P, true, R)).toBe(`${2 * P} more points: 2 more competencies (${2 * P})`);
      expect(pointsAction(P - 5, true, R)).toBe(`${P - 5} more points: ${P - 5} other points`);
    });

    it('counts the first competency with its bonus', () => {
      expect(pointsAction(P + B, false, R)).toBe(
        `${P + B} more points: a first competency (${P} + ${B} bonus)`,
      );
      expect(pointsAction(2 * P + B + 10, false, R)).toBe(
        `${2 * P + B + 10} more points: a first competency (${P} + ${B} bonus), one further competency (${P}) and 10 other points`,
      );
      expect(pointsAction(P + B - 10, false, R)).toBe(
        `${P + B - 10} more points: ${P + B - 10} other points`,
      );
    });
  });
});
