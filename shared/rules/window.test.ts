import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { RULESETS } from '../../test/fixtures/rulesets';
import { enrollmentWindow } from './window';

const EXPIRES = '2009-09-30';

// Under each ruleset, with its window length (shared/rules/README.md).
describe.each(RULESETS)('enrollmentWindow under $id', (R) => {
  const W = R.windowDays;

  it('is not open the day before the window and open on its first day', () => {
    expect(enrollmentWindow(EXPIRES, addDays(EXPIRES, -(W + 1)), R)).toEqual({
      status: 'not-open',
      daysLeft: W + 1,
      opensOn: addDays(EXPIRES, -W),
      expiresOn: EXPIRES,
    });
    expect(enrollmentWindow(EXPIRES, addDays(EXPIRES, -W), R)).toMatchObject({ status: 'open', daysLeft: W });
  });

  it('is open on the expiry day and expired the day after', () => {
    expect(enrollmentWindow(EXPIRES, EXPIRES, R)).toMatchObject({ status: 'open', daysLeft: 0 });
    expect(enrollmentWindow(EXPIRES, '2009-10-01', R)).toMatchObject({ status: 'expired', daysLeft: -1 });
  });

  it('reads the window length from the ruleset', () => {
    const shorter = { ...R, windowDays: 30 };
    expect(enrollmentWindow(EXPIRES, addDays(EXPIRES, -W), shorter)).toMatchObject({
      status: 'not-open',
      opensOn: '2009-08-31',
    });
  });
});
