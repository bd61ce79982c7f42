/** The words a person reads for a status row: readiness, and the window with its days. */
import type { EnrollmentWindow } from '../rules/types';
import type { Readiness } from './status-row';

export const READINESS_LABELS: Readonly<Record<Readiness, string>> = {
  ready: 'Ready',
  'ready-with-risks': 'Ready, with risks',
  'not-ready': 'Not ready',
};

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** "Open, 46 days left", "Opens 2009-07-02", "Expired 3 days ago"; dates through `date`. */
export function windowPhrase(window: EnrollmentWindow, date: (iso: string) => string = (d) => d): string {
  if (window.status === 'open') return `Open, ${days(window.daysLeft)} left`;
  if (window.status === 'not-open') return `Opens ${date(window.opensOn)}`;
  return `Expired ${days(-window.daysLeft)} ago`;
}
