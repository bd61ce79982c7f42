import { describe, expect, it } from 'vitest';
import { goldMembership, requirementOf } from '../../test/fixtures/gold-membership';

const base = goldMembership();

describe('registered.maps-assessment', () => {
  it('is met at 70 % or more, and never blocking', () => {
    const m = goldMembership({ mapsAssessment: { scorePercent: 70, takenOn: '2009-02-15' } });
    expect(requirementOf(m, 'registered.maps-assessment')).toMatchObject({
      status: 'met',
      level: 'registered',
      kind: 'qualification',
      blocking: false,
      actual: 70,
      required: 70,
    });
  });

  it('is waived for a renewing subscriber through 2009-12-31, not on 2010-01-01', () => {
    const m = goldMembership({
      renewingSubscriber: true,
      mapsAssessment: { scorePercent: 60, takenOn: null },
    });
    expect(requirementOf(m, 'registered.maps-assessment', '2009-12-31')).toMatchObject({
      status: 'waived',
      dueOn: '2009-12-31',
    });
    expect(requirementOf(m, 'registered.maps-assessment', '2010-01-01')).toMatchObject({
      status: 'unmet',
      actual: 60,
    });
  });

  it('is unmet below 70 % for a new subscriber, and todo without an assessment', () => {
    const low = goldMembership({
      renewingSubscriber: false,
      mapsAssessment: { scorePercent: 69.5, takenOn: null },
    });
    expect(requirementOf(low, 'registered.maps-assessment').status).toBe('unmet');
    const none = goldMembership({ renewingSubscriber: false, mapsAssessment: null });
    expect(requirementOf(none, 'registered.maps-assessment')).toMatchObject({ status: 'todo', required: 70 });
    expect(requirementOf(none, 'registered.maps-assessment', '2010-01-01').action).toContain('70 %');
  });

  it('is waived without an assessment for a renewing subscriber', () => {
    const none = goldMembership({ renewingSubscriber: true, mapsAssessment: null });
    expect(requirementOf(none, 'registered.maps-assessment').status).toBe('waived');
    expect(requirementOf(none, 'registered.maps-assessment', '2010-01-01').status).toBe('todo');
  });
});

describe('points', () => {
  it('are met at the thresholds with actual and required', () => {
    expect(requirementOf(base, 'certified.points')).toMatchObject({
      status: 'met',
      actual: 130,
      required: 50,
    });
    expect(requirementOf(base, 'gold.points')).toMatchObject({ status: 'met', actual: 130, required: 120 });
  });

  it('are unmet below, with the smallest action', () => {
    // One competency (30 + 20) and 20 other points: 70.
    const m = goldMembership({ competencies: base.competencies.slice(0, 1) });
    expect(requirementOf(m, 'certified.points').status).toBe('met');
    expect(requirementOf(m, 'gold.points')).toMatchObject({
      status: 'unmet',
      actual: 70,
      action: '50 more points: one more competency (30) and 20 other points',
    });
    const none = goldMembership({ competencies: [], otherPoints: [] });
    expect(requirementOf(none, 'certified.points')).toMatchObject({
      status: 'unmet',
      actual: 0,
      action: '50 more points: a first competency (30 + 20 bonus)',
    });
  });

  it('exactly at 120 is met, 119 is not', () => {
    const at = (other: number) =>
      goldMembership({ otherPoints: [{ id: 'o-1', description: 'Other', points: other, earnedOn: null }] });
    expect(requirementOf(at(10), 'gold.points').status).toBe('met');
    expect(requirementOf(at(9), 'gold.points')).toMatchObject({
      status: 'unmet',
      action: '1 more point: 1 other point',
    });
  });
});

describe('gold.competency', () => {
  it('is met with an attained competency and a chosen competency and specialization', () => {
    const r = requirementOf(base, 'gold.competency');
    expect(r.status).toBe('met');
    expect(r.detail).toContain('Information Worker Solutions / Unified Communications');
  });

  it('is unmet when none is attained by asOf', () => {
    const m = goldMembership({
      competencies: base.competencies.map((c) => ({ ...c, attainedOn: '2009-08-16' })),
    });
    expect(requirementOf(m, 'gold.competency').status).toBe('unmet');
    expect(requirementOf(m, 'gold.competency', '2009-08-16').status).toBe('met');
  });

  it('is unmet when the chosen competency is not attained, though another one is', () => {
    const m = goldMembership({
      competencies: base.competencies.map((c) => (c.id === 'c-1' ? { ...c, attainedOn: '2009-09-01' } : c)),
    });
    const r = requirementOf(m, 'gold.competency');
    expect(r).toMatchObject({ status: 'unmet', about: { competency: { id: 'c-1' } } });
    expect(r.detail).toContain('attained only on 1 Sep 2009');
    expect(r.action).toBe(
      'Attain Information Worker Solutions, or choose a competency already attained, for example Networking Infrastructure Solutions',
    );
    expect(requirementOf(m, 'gold.competency', '2009-09-01').status).toBe('met');
  });

  it('is unmet when the chosen specialization is not one the chosen competency offers', () => {
    const m = goldMembership({ chosen: { competencyId: 'c-1', specialization: 'Web Development' } });
    const r = requirementOf(m, 'gold.competency');
    expect(r.status).toBe('unmet');
    expect(r.detail).toBe(
      'Information Worker Solutions does not offer the chosen specialization Web Development (it offers Unified Communications).',
    );
  });

  it('is unmet without a chosen competency or specialization', () => {
    expect(requirementOf(goldMembership({ chosen: null }), 'gold.competency').status).toBe('unmet');
    const noSpecialization = goldMembership({ chosen: { competencyId: 'c-1', specialization: null } });
    expect(requirementOf(noSpecialization, 'gold.competency')).toMatchObject({ status: 'unmet' });
    expect(requirementOf(noSpecialization, 'gold.competency').action).toContain(
      'Information Worker Solutions',
    );
  });
});
