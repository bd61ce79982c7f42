/**
 * Calendar dates (`YYYY-MM-DD`, no time zone) and the day arithmetic the rules need.
 *
 * Dates are counted as epoch days in UTC so that a daylight-saving change can never make a
 * day 23 or 25 hours long. Hand-written rather than date-fns: the rules evaluate hundreds of
 * thousands of dates per run and need strings in, strings out, with no Date in local time.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2009-02-30` is false). */
export function isIsoDate(value: string): boolean {
  // Character codes, no regex match and no Date: validation calls this for every date of a
  // large file (a million times for the largest workspace).
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DASH = 45;
const ZERO = 48;

/** The number written by the ASCII digits in `value[from, to)`, or -1 if any is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of the proleptic Gregorian calendar, the year taken as written. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1] as number;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * Milliseconds since 1970 of a UTC calendar day. `Date.UTC` reads years 0–99 as 1900–1999, so
 * the year is set on its own, which takes it as written.
 */
function utcMs(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The years a date in this app may have: a person typing `0209` or `20009` meant something else. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** True when a valid `YYYY-MM-DD` has a year from FIRST_YEAR to LAST_YEAR. */
export function isYearInRange(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`. */
export function toEpochDay(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(utcMs(year, month - 1, day) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` of an epoch day. */
export function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * `date` moved by whole calendar months; a day that does not exist in the target month is
 * clamped to its last day (2009-03-31 minus one month is 2009-02-28).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/** Today's calendar date in the local time zone of `now`. */
export function localToday(now: Date = new Date()): IsoDate {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
