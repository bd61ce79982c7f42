/** The words a person reads for a status row: readiness, and the window with its days. */
import type { EnrollmentWindow } from '../rules/types';
import type { Readiness } from './status-row';
import { humanDate, relativeDays, spanOfDays } from '../vocabulary/dates';

export const READINESS_LABELS: Readonly<Record<Readiness, string>> = {
  ready: 'Ready',
  'ready-with-risks': 'Ready, with risks',
  'not-ready': 'Not ready',
};

/**
 * "Open, 46 days left", "Opens 2 Jul 2009", "Expired 17 years ago": the day counts of the one
 * vocabulary (`spanOfDays`), dates through `date` (the human format unless a caller asks).
 */
export function windowPhrase(window: EnrollmentWindow, date: (iso: string) => string = humanDate): string {
  if (window.status === 'open') return `Open, ${spanOfDays(window.daysLeft)} left`;
  if (window.status === 'not-open') return `Opens ${date(window.opensOn)}`;
  return `Expired ${relativeDays(window.daysLeft)}`;
}
