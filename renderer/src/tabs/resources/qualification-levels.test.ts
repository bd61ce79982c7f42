import { describe, expect, it } from 'vitest';
import { evaluateMembership } from '../../../../shared/rules/evaluate';
import { AS_OF, goldMembership, notDone } from '../../../../test/fixtures/gold-membership';
import { levelStandings } from './qualification-levels';
import { MPP_2009 } from '../../../../shared/rules/mpp2009';

describe('levelStandings', () => {
  it('gives each level its verdict and only qualification gaps (steps are the checklist’s)', () => {
    const membership = goldMembership({
      competencies: goldMembership().competencies.slice(0, 1),
      otherPoints: [],
      steps: { ...goldMembership().steps, termsSigned: notDone },
    });
    const standings = levelStandings(evaluateMembership(membership, AS_OF, MPP_2009));
    expect(standings.map((s) => [s.level, s.qualifies])).toEqual([
      ['registered', true],
      ['certified', true],
      ['gold', false],
    ]);
    const gold = standings[2];
    expect(gold?.gaps.map((g) => g.requirementId)).toEqual(['gold.points']);
    expect(gold?.gaps[0]?.action).toContain('70 more points');
  });
});
