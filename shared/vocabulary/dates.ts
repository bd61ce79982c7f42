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

/** `5 days`, `3 weeks`, `4 months`, `17 years`: the largest unit that reads naturally. */
export function spanOfDays(days: number): string {
  const n = Math.abs(days);
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (n < 14) return unit(n, 'day');
  if (n < 60) return unit(Math.floor(n / 7), 'week');
  if (n < 730) return unit(Math.floor(n / 30.4375), 'month');
  return unit(Math.floor(n / 365.25), 'year');
}

/** "today", "in 5 days", "3 days ago", "17 years ago". */
export function relativeDays(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  return daysLeft > 0 ? `in ${spanOfDays(daysLeft)}` : `${spanOfDays(daysLeft)} ago`;
}
