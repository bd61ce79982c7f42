/** A certification's dates in a report's roster, as people read dates (shared/rules/README.md, "Words"). */
import { humanDate } from '../vocabulary/dates';
import type { RosterCertification } from './model-types';

/** `MCITP: earned 1 Mar 2007, expires 30 Jun 2010, newer exam by 1 Sep 2009`. */
export function certificationDates(c: RosterCertification): string {
  const expires = c.expiresOn ? `, expires ${humanDate(c.expiresOn)}` : '';
  const newer = c.newerExamRequiredBy ? `, newer exam by ${humanDate(c.newerExamRequiredBy)}` : '';
  return `${c.name}: earned ${humanDate(c.earnedOn)}${expires}${newer}`;
}
