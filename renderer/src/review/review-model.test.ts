import { describe, expect, it } from 'vitest';
import { evaluateMembership } from '../../../shared/rules/evaluate';
import { AS_OF, goldMembership } from '../../../test/fixtures/gold-membership';
import { requirementsFor, verdictFor } from './review-model';
import { MPP_2009 } from '../../../shared/rules/mpp2009';

describe('verdictFor', () => {
  it('is ready with no reasons when the rules say ready', () => {
    const verdict = verdictFor(evaluateMembership(goldMembership(), AS_OF, MPP_2009), 'gold');
    expect(verdict).toEqual({
      ready: true,
      headline: 'Ready to re-enroll as Gold Certified Partner',
      reasons: [],
    });
  });

  it('names the closed window and each blocking requirement that does not pass', () => {
    const membership = goldMembership({
      otherPoints: [],
      competencies: goldMembership().competencies.slice(0, 1),
    });
    const verdict = verdictFor(evaluateMembership(membership, '2009-06-01', MPP_2009), 'gold');
    expect(verdict.ready).toBe(false);
    expect(verdict.reasons[0]).toBe('The re-enrollment window is not open yet: it opens on 2 Jul 2009.');
    expect(verdict.reasons.some((r) => r.startsWith('Gold: 120 partner points:'))).toBe(true);
    expect(verdict.reasons.some((r) => r.startsWith('Certified: 50 partner points'))).toBe(false);
  });
});

describe('requirementsFor', () => {
  it('keeps the all-level ones and those of the target and below, in checklist order', () => {
    const evaluation = evaluateMembership(goldMembership(), AS_OF, MPP_2009);
    expect(requirementsFor(evaluation, 'gold')).toHaveLength(evaluation.requirements.length);
    expect(requirementsFor(evaluation, 'registered').map((r) => r.id)).toEqual([
      'admin.global-program-administrator',
      'steps.sign-in',
      'steps.profile',
      'steps.terms-agreed',
      'registered.maps-assessment',
    ]);
  });
});
