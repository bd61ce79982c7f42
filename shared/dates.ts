/**
 * Calendar dates (`YYYY-MM-DD`, no time zone) and the day arithmetic the rules need.
 *
 * Dates are counted as epoch days in UTC so that a daylight-saving change can never make a
 * day 23 or 25 hours long. Hand-written rather than date-fns: the rules evaluate hundreds of
 * thousands of dates per run and need strings in, strings out, with no Date in local time.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

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

/** The years a date in this app may have: a person typing `0209` or `20009` meant something else. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** True when a valid `YYYY-MM-DD` has a year from FIRST_YEAR to LAST_YEAR. */
export function isYearInRange(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * Days since 1970-01-01 for a valid `YYYY-MM-DD`, in the proleptic Gregorian calendar, the year
 * taken as written (0050 is not 1950). Integer arithmetic on 400-year eras rather than a Date per
 * call: the deadlines of a large workspace count days for hundreds of thousands of dates, and
 * making a Date for each was about a seventh of the evaluation in a profile. Checked against Date
 * for every day of 1600–2400 and across years 0–9999 (dates.test.ts).
 */
export function toEpochDay(date: IsoDate): number {
  return daysFromCivil(digits(date, 0, 4), digits(date, 5, 7), digits(date, 8, 10));
}

/** Days of the 400-year cycle, which repeats exactly. */
const DAYS_PER_ERA = 146_097;
/** 0000-03-01 (the first day of era 0, counted from March) to 1970-01-01. */
const EPOCH_FROM_ERA_START = 719_468;

function daysFromCivil(year: number, month: number, day: number): number {
  // Years counted from March, so a leap day ends its year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_ERA_START;
}

/** The `YYYY-MM-DD` of an epoch day (years 0–9999). */
export function fromEpochDay(epochDay: number): IsoDate {
  const z = epochDay + EPOCH_FROM_ERA_START;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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
