import fc from 'fast-check';
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

  // The regex-and-Date check isIsoDate replaced (for speed): same verdict on any string. The
  // year is set on its own because Date.UTC would read years 0-99 as 1900-1999.
  const byRegex = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const lastDay = new Date(0);
    lastDay.setUTCFullYear(year, month, 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= lastDay.getUTCDate();
  };
  it('agrees with the regex-and-Date check on date-like and arbitrary strings', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const near = fc
      .tuple(dateLike, fc.nat(9), fc.string({ maxLength: 1 }))
      .map(([date, at, c]) => date.slice(0, at) + c + date.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(dateLike, near, fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDate(value)).toBe(byRegex(value));
      }),
      { numRuns: 20_000 },
    );
    for (const value of ['0000-02-29', '0004-02-29', '0100-02-29', '2400-02-29', '٢٠٠٩-٠١-٠١']) {
      expect(isIsoDate(value)).toBe(byRegex(value));
    }
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

describe('epoch days without Date', () => {
  /** What the arithmetic replaced: a UTC Date of the day, its year set as written. */
  const byDate = (date: string) => {
    const at = new Date(0);
    at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    return Math.round(at.getTime() / 86_400_000);
  };

  it('agrees with Date both ways: every day of 1600–2400, every 97th day of 0000–9999', () => {
    const first = byDate('0000-01-01');
    const agree = (day: number) => {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      // One expect per disagreement only: a million passing ones would take seconds.
      if (fromEpochDay(day) !== date || toEpochDay(date) !== day) {
        expect([fromEpochDay(day), toEpochDay(date)]).toEqual([date, day]);
      }
    };
    for (let day = byDate('1600-01-01'); day <= byDate('2400-12-31'); day += 1) agree(day);
    for (let day = first; day <= byDate('9999-12-31'); day += 97) agree(day);
    expect(toEpochDay('0000-01-01')).toBe(first);
    expect(toEpochDay('2009-08-15')).toBe(byDate('2009-08-15'));
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
