import { describe, expect, it } from 'vitest';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { stepsSchema } from '../interchange/schema';
import { defaultNextExpiry, KEPT_ON_ROLL_FORWARD, nextYear } from './roll-forward';

describe('roll forward', () => {
  it('defaults the new expiry to one year after the old one', () => {
    expect(defaultNextExpiry('2009-09-30')).toBe('2010-09-30');
    expect(defaultNextExpiry('2008-02-29')).toBe('2009-02-28');
  });

  it('starts the day after the old expiry, resets the steps, keeps the evidence', () => {
    const old = goldMembership({ level: 'certified', targetLevel: 'gold' });
    const next = nextYear(old, 'm-2', '2010-09-30');
    expect(next.id).toBe('m-2');
    expect(next.level).toBe('gold');
    expect(next.enrollment).toEqual({ startedOn: '2009-10-01', expiresOn: '2010-09-30' });
    expect(next.steps).toEqual(stepsSchema.parse({}));
    for (const key of KEPT_ON_ROLL_FORWARD) {
      expect(next[key]).toEqual(old[key]);
    }
  });
});
