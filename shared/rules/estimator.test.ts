import { describe, expect, it } from 'vitest';
import { estimatePoints } from './estimator';
import { AS_OF, goldMembership } from '../../test/fixtures/gold-membership';
import { RULESETS } from '../../test/fixtures/rulesets';

// Under each ruleset, with its points per competency, bonus and thresholds.
describe.each(RULESETS)('estimatePoints under $id', (R) => {
  const { perCompetency: P, firstCompetencyBonus: B, certified, gold } = R.points;
  const base = goldMembership({}, R);
  const one = goldMembership({ competencies: base.competencies.slice(0, 1), otherPoints: [] }, R);

  it('adds competencies and points to the current breakdown without changing the membership', () => {
    const before = JSON.stringify(one);
    // Two more competencies and exactly the other points that reach Gold.
    const addPoints = gold - 3 * P - B;
    const estimate = estimatePoints(one, AS_OF, { addCompetencies: 2, addPoints }, R);
    expect(estimate.current).toEqual({ total: P + B, competencies: P, bonus: B, other: 0 });
    expect(estimate.estimated).toEqual({ total: gold, competencies: 3 * P, bonus: B, other: addPoints });
    expect(estimate.pointsQualify).toEqual({ certified: true, gold: true });
    expect(estimate.shortfall).toEqual({ certified: 0, gold: 0 });
    expect(estimate.qualifies.gold).toBe(true);
    expect(JSON.stringify(one)).toBe(before);
  });

  it('gives the first competency its bonus and says what is still missing', () => {
    const none = goldMembership({ competencies: [], otherPoints: [] }, R);
    const estimate = estimatePoints(none, AS_OF, { addCompetencies: 1, addPoints: 0 }, R);
    expect(estimate.estimated).toEqual({ total: P + B, competencies: P, bonus: B, other: 0 });
    expect(estimate.pointsQualify).toEqual({ certified: P + B >= certified, gold: false });
    expect(estimate.shortfall).toEqual({ certified: Math.max(0, certified - P - B), gold: gold - P - B });
    expect(estimate.qualifies).toEqual({ registered: true, certified: P + B >= certified, gold: false });
  });

  it('refuses negative or fractional changes', () => {
    expect(() => estimatePoints(one, AS_OF, { addCompetencies: -1, addPoints: 0 }, R)).toThrow();
    expect(() => estimatePoints(one, AS_OF, { addCompetencies: 0, addPoints: 1.5 }, R)).toThrow();
  });
});
