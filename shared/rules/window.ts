/** The re-enrollment window (shared/rules/README.md): it opens a set number of days before expiry. */
import { addDays, daysBetween, type IsoDate } from '../dates';
import type { RulesetNumbers } from './ruleset';
import type { EnrollmentWindow } from './types';

/** daysLeft = expiresOn − asOf; not-open above the window, open within it, expired below 0. */
export function enrollmentWindow(
  expiresOn: IsoDate,
  asOf: IsoDate,
  ruleset: RulesetNumbers,
): EnrollmentWindow {
  const daysLeft = daysBetween(asOf, expiresOn);
  const status = daysLeft < 0 ? 'expired' : daysLeft > ruleset.windowDays ? 'not-open' : 'open';
  return { status, daysLeft, opensOn: addDays(expiresOn, -ruleset.windowDays), expiresOn };
}
