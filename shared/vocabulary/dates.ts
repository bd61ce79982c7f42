/**
 * Dates and day counts as people read them. Data and machine formats (JSON, CSV, ICS) keep
 * `YYYY-MM-DD`; every sentence for a person uses `30 Sep 2009` (shared/rules/README.md, "Words").
 */
import { isIsoDate } from '../dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2009-09-30` → `30 Sep 2009`; an empty date is `—`; anything else is shown as it is. */
export function humanDate(date: string | null | undefined): string {
  if (!date) return '—';
  if (!isIsoDate(date)) return date;
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** `2009-09-30` → `Sep 2009`, for a month axis; anything else is shown as it is. */
export function humanMonth(date: string): string {
  if (!isIsoDate(date)) return date;
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/**
 * The one day count for people: `1 day`, `46 days` up to a year, then `13 months`, then `17
 * years` (never `6272 days`). Every screen, report and CLI line that counts days uses it.
 */
export function spanOfDays(days: number): string {
  const n = Math.abs(days);
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (n < 366) return unit(n, 'day');
  if (n < 730) return unit(Math.floor(n / 30.4375), 'month');
  return unit(Math.floor(n / 365.25), 'year');
}

/** "today", "in 5 days", "3 days ago", "17 years ago". */
export function relativeDays(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  return daysLeft > 0 ? `in ${spanOfDays(daysLeft)}` : `${spanOfDays(daysLeft)} ago`;
}

/** `2009-08-15T09:30:00.000Z` → `15 Aug 2009, 09:30 UTC`; anything else is shown as it is. */
export function humanTimestamp(timestamp: string): string {
  const date = timestamp.slice(0, 10);
  const time = timestamp.slice(11, 16);
  if (!isIsoDate(date) || timestamp.charAt(10) !== 'T' || !/^\d\d:\d\d$/.test(time)) return timestamp;
  return `${humanDate(date)}, ${time}${timestamp.endsWith('Z') ? ' UTC' : ''}`;
}

/** "46 days left", "last day", "expired 17 years ago": an enrollment's days, as a phrase. */
export function daysLeftPhrase(daysLeft: number): string {
  if (daysLeft === 0) return 'last day';
  return daysLeft > 0 ? `${spanOfDays(daysLeft)} left` : `expired ${relativeDays(daysLeft)}`;
}
