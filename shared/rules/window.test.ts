import { describe, expect, it } from 'vitest';
import { MPP_2009 } from './mpp2009';
import { enrollmentWindow } from './window';

describe('enrollmentWindow', () => {
  it('is not open on the 91st day before expiry and open on the 90th', () => {
    expect(enrollmentWindow('2009-09-30', '2009-07-01', MPP_2009)).toEqual({
      status: 'not-open',
      daysLeft: 91,
      opensOn: '2009-07-02',
      expiresOn: '2009-09-30',
    });
    expect(enrollmentWindow('2009-09-30', '2009-07-02', MPP_2009)).toMatchObject({
      status: 'open',
      daysLeft: 90,
    });
  });

  it('is open on the expiry day and expired the day after', () => {
    expect(enrollmentWindow('2009-09-30', '2009-09-30', MPP_2009)).toMatchObject({
      status: 'open',
      daysLeft: 0,
    });
    expect(enrollmentWindow('2009-09-30', '2009-10-01', MPP_2009)).toMatchObject({
      status: 'expired',
      daysLeft: -1,
    });
  });

  it('reads the window length from the ruleset', () => {
    const shorter = { ...MPP_2009, windowDays: 60 };
    expect(enrollmentWindow('2009-09-30', '2009-07-02', shorter)).toMatchObject({
      status: 'not-open',
      opensOn: '2009-08-01',
    });
  });
});
