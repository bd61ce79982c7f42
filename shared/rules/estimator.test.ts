import { describe, expect, it } from 'vitest';
import { estimatePoints } from './estimator';
import { AS_OF, goldMembership } from '../../test/fixtures/gold-membership';
import { MPP_2009 } from './mpp2009';

describe('estimatePoints', () => {
  const base = goldMembership();
  const one = goldMembership({ competencies: base.competencies.slice(0, 1), otherPoints: [] });

  it('adds competencies and points to the current breakdown without changing the membership', () => {
    const before = JSON.stringify(one);
    const estimate = estimatePoints(one, AS_OF, { addCompetencies: 2, addPoints: 10 }, MPP_2009);
    expect(estimate.current).toEqual({ total: 50, competencies: 30, bonus: 20, other: 0 });
    expect(estimate.estimated).toEqual({ total: 120, competencies: 90, bonus: 20, other: 10 });
    expect(estimate.pointsQualify).toEqual({ certified: true, gold: true });
    expect(estimate.shortfall).toEqual({ certified: 0, gold: 0 });
    expect(estimate.qualifies.gold).toBe(true);
    expect(JSON.stringify(one)).toBe(before);
  });

  it('gives the first competency its bonus and says what is still missing', () => {
    const none = goldMembership({ competencies: [], otherPoints: [] });
    const estimate = estimatePoints(none, AS_OF, { addCompetencies: 1, addPoints: 0 }, MPP_2009);
    expect(estimate.estimated).toEqual({ total: 50, competencies: 30, bonus: 20, other: 0 });
    expect(estimate.pointsQualify).toEqual({ certified: true, gold: false });
    expect(estimate.shortfall).toEqual({ certified: 0, gold: 70 });
    expect(estimate.qualifies).toEqual({ registered: true, certified: true, gold: false });
  });

  it('refuses negative or fractional changes', () => {
    expect(() => estimatePoints(one, AS_OF, { addCompetencies: -1, addPoints: 0 }, MPP_2009)).toThrow();
    expect(() => estimatePoints(one, AS_OF, { addCompetencies: 0, addPoints: 1.5 }, MPP_2009)).toThrow();
  });
});
