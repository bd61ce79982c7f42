import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  isYearInRange,
  localToday,
  toEpochDay,
} from './dates';

describe('isIsoDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isIsoDate('2009-09-30')).toBe(true);
    expect(isIsoDate('2008-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses impossible or malformed dates', () => {
    expect(isIsoDate('2009-02-30')).toBe(false);
    expect(isIsoDate('2009-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2009-13-01')).toBe(false);
    expect(isIsoDate('2009-00-10')).toBe(false);
    expect(isIsoDate('2009-1-01')).toBe(false);
    expect(isIsoDate('2009-01-01T00:00')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('round-trips epoch days', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(toEpochDay('2009-12-31'))).toBe('2009-12-31');
  });

  it('counts calendar days across month, year and leap boundaries', () => {
    expect(daysBetween('2009-07-02', '2009-09-30')).toBe(90);
    expect(daysBetween('2009-09-30', '2009-09-29')).toBe(-1);
    expect(addDays('2008-02-28', 1)).toBe('2008-02-29');
    expect(addDays('2009-12-31', 1)).toBe('2010-01-01');
    expect(addDays('2009-09-30', -90)).toBe('2009-07-02');
  });

  it('moves by calendar months and clamps to the month end', () => {
    expect(addMonths('2009-11-15', -12)).toBe('2008-11-15');
    expect(addMonths('2009-03-31', -1)).toBe('2009-02-28');
    expect(addMonths('2008-02-29', -12)).toBe('2007-02-28');
    expect(addMonths('2009-01-31', 1)).toBe('2009-02-28');
    expect(addMonths('2009-12-15', 1)).toBe('2010-01-15');
  });

  it('reads today in local time from an injected clock', () => {
    expect(localToday(new Date(2009, 8, 30, 23, 59))).toBe('2009-09-30');
  });
});

describe('years far from today', () => {
  it('computes years 0000–0099 as written, not as 1900–1999', () => {
    expect(fromEpochDay(toEpochDay('0050-03-01'))).toBe('0050-03-01');
    expect(toEpochDay('0050-03-01')).not.toBe(toEpochDay('1950-03-01'));
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });

  it('accepts years 1900 to 2999 only', () => {
    expect(['1900-01-01', '2999-12-31', '2009-08-15'].map(isYearInRange)).toEqual([true, true, true]);
    expect(['1899-12-31', '3000-01-01', '0209-02-01'].map(isYearInRange)).toEqual([false, false, false]);
  });
});
