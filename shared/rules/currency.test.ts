import { describe, expect, it } from 'vitest';
import type { Certification } from '../interchange/schema';
import { certificationEnd, isCertificationCurrent, isSolutionCurrent, standingOn } from './currency';
import { mcp } from '../../test/fixtures/gold-membership';

const cert = (overrides: Partial<Certification> = {}): Certification => ({
  name: 'MCITP',
  earnedOn: '2007-03-01',
  expiresOn: null,
  newerExamRequiredBy: null,
  ...overrides,
});

describe('isCertificationCurrent', () => {
  it('counts from the day it is earned', () => {
    expect(isCertificationCurrent(cert({ earnedOn: '2009-08-15' }), '2009-08-15')).toBe(true);
    expect(isCertificationCurrent(cert({ earnedOn: '2009-08-16' }), '2009-08-15')).toBe(false);
  });

  it('expiring the day before, on and after the date', () => {
    expect(isCertificationCurrent(cert({ expiresOn: '2009-08-14' }), '2009-08-15')).toBe(false);
    expect(isCertificationCurrent(cert({ expiresOn: '2009-08-15' }), '2009-08-15')).toBe(true);
    expect(isCertificationCurrent(cert({ expiresOn: '2009-08-16' }), '2009-08-15')).toBe(true);
  });

  it('a newer exam required before, on and after the date', () => {
    expect(isCertificationCurrent(cert({ newerExamRequiredBy: '2009-08-14' }), '2009-08-15')).toBe(false);
    expect(isCertificationCurrent(cert({ newerExamRequiredBy: '2009-08-15' }), '2009-08-15')).toBe(true);
    expect(isCertificationCurrent(cert({ newerExamRequiredBy: '2009-08-16' }), '2009-08-15')).toBe(true);
  });
});

describe('isSolutionCurrent', () => {
  const solution = { id: 's-1', name: 'Fabrikam CRM', testedOn: '2009-01-10', expiresOn: '2010-01-10' };
  it('is current from testedOn through expiresOn', () => {
    expect(isSolutionCurrent(solution, '2009-01-09')).toBe(false);
    expect(isSolutionCurrent(solution, '2009-01-10')).toBe(true);
    expect(isSolutionCurrent(solution, '2010-01-10')).toBe(true);
    expect(isSolutionCurrent(solution, '2010-01-11')).toBe(false);
    expect(isSolutionCurrent({ ...solution, expiresOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('certificationEnd and standingOn', () => {
  it('ends at the earlier of the expiry and the newer-exam date', () => {
    expect(certificationEnd(cert())).toBeNull();
    expect(certificationEnd(cert({ expiresOn: '2010-01-01' }))).toEqual({
      lastDay: '2010-01-01',
      by: 'expiry',
    });
    expect(certificationEnd(cert({ expiresOn: '2010-01-01', newerExamRequiredBy: '2009-09-01' }))).toEqual({
      lastDay: '2009-09-01',
      by: 'newer-exam',
    });
    expect(certificationEnd(cert({ expiresOn: '2009-09-01', newerExamRequiredBy: '2010-01-01' }))).toEqual({
      lastDay: '2009-09-01',
      by: 'expiry',
    });
  });

  it('picks the current certification that lasts longest', () => {
    const short = cert({ name: 'MCTS', expiresOn: '2009-09-01' });
    const long = cert({ name: 'MCSE', newerExamRequiredBy: '2010-03-01' });
    const lapsed = cert({ name: 'MCDBA', expiresOn: '2009-01-01' });
    expect(
      standingOn(mcp('p-1', 'Sam Lee', { certifications: [short, long, lapsed] }), '2009-08-15'),
    ).toEqual({
      certification: long,
      lastDay: '2010-03-01',
      by: 'newer-exam',
    });
    expect(standingOn(mcp('p-1', 'Sam Lee', { certifications: [lapsed] }), '2009-08-15')).toBeNull();
  });
});
