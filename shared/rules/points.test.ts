import { describe, expect, it } from 'vitest';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { MPP_2009 } from './mpp2009';
import { pointsAction, pointsBreakdown } from './points';

describe('pointsBreakdown', () => {
  it('adds 30 per attained competency, a one-time 20 bonus and the other points', () => {
    expect(pointsBreakdown(goldMembership(), '2009-08-15', MPP_2009)).toEqual({
      total: 130,
      competencies: 90,
      bonus: 20,
      other: 20,
    });
  });

  it('counts no competency attained after asOf, and no bonus without one', () => {
    const m = goldMembership();
    expect(pointsBreakdown(m, '2009-02-28', MPP_2009)).toMatchObject({ competencies: 60, bonus: 20 });
    expect(pointsBreakdown(m, '2009-03-01', MPP_2009)).toMatchObject({ competencies: 90 });
    expect(pointsBreakdown(m, '2008-04-30', MPP_2009)).toEqual({
      total: 0,
      competencies: 0,
      bonus: 0,
      other: 0,
    });
  });

  it('counts other points earned by asOf, and undated ones always', () => {
    const m = goldMembership({
      competencies: [],
      otherPoints: [
        { id: 'o-1', description: 'Dated', points: 10, earnedOn: '2009-08-15' },
        { id: 'o-2', description: 'Later', points: 5, earnedOn: '2009-08-16' },
        { id: 'o-3', description: 'Undated', points: 7, earnedOn: null },
      ],
    });
    expect(pointsBreakdown(m, '2009-08-15', MPP_2009)).toEqual({
      total: 17,
      competencies: 0,
      bonus: 0,
      other: 17,
    });
  });
});

describe('pointsAction', () => {
  it('uses whole competencies, then other points', () => {
    expect(pointsAction(40, true, MPP_2009)).toBe(
      '40 more points: one more competency (30) and 10 other points',
    );
    expect(pointsAction(60, true, MPP_2009)).toBe('60 more points: 2 more competencies (60)');
    expect(pointsAction(25, true, MPP_2009)).toBe('25 more points: 25 other points');
  });

  it('counts the first competency with its bonus', () => {
    expect(pointsAction(50, false, MPP_2009)).toBe('50 more points: a first competency (30 + 20 bonus)');
    expect(pointsAction(90, false, MPP_2009)).toBe(
      '90 more points: a first competency (30 + 20 bonus), one further competency (30) and 10 other points',
    );
    expect(pointsAction(40, false, MPP_2009)).toBe('40 more points: 40 other points');
  });
});
