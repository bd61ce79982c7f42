/**
 * The words a person reads for each id and status the rules produce, shared by every report
 * format so the HTML, Markdown, CSV and calendar say the same thing.
 */
import type { Level } from '../interchange/fields';
import type {
  DeadlineKind,
  DeadlineStatus,
  RequirementId,
  RequirementLevel,
  RequirementStatus,
  WindowStatus,
} from '../rules/types';

export const REQUIREMENT_TITLES: Readonly<Record<RequirementId, string>> = {
  'admin.global-program-administrator': 'Preparer is the global program administrator',
  'steps.sign-in': 'Sign in to the Partner Membership Center',
  'steps.profile': 'Profile complete and verified',
  'steps.terms-agreed': 'Agree to the program terms and conditions',
  'registered.maps-assessment': 'Action Pack assessment (70 % or higher)',
  'certified.points': 'Certified: 50 partner points',
  'gold.points': 'Gold: 120 partner points',
  'gold.competency': 'Gold: at least one competency, one chosen',
  'gold.mcps-or-solution': 'Gold: two MCPs or one certified tested solution',
  'gold.mcp-links': 'Gold: MCPs linked to the chosen competency',
  'gold.mcp-exams': 'Gold: MCPs stay certified through expiry',
  'gold.csat': 'Gold: Customer Satisfaction Index participation',
  'gold.references-current': 'Gold: customer references current',
  'gold.references-assigned': 'Gold: references assigned to a competency',
  'gold.competency-other': "Gold: the competency's other requirements",
  'gold.terms-signed': 'Gold: sign the terms and conditions',
  'gold.fee': 'Gold: pay the fee for your country',
};

export const REQUIREMENT_STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  met: 'Met',
  unmet: 'Unmet',
  'at-risk': 'At risk',
  todo: 'To do',
  waived: 'Waived',
  advisory: 'Advisory',
};

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  registered: 'Registered Member',
  certified: 'Certified Partner',
  gold: 'Gold Certified Partner',
};

/** Short, for a table column. */
export const REQUIREMENT_LEVEL_LABELS: Readonly<Record<RequirementLevel, string>> = {
  all: 'All levels',
  registered: 'Registered',
  certified: 'Certified',
  gold: 'Gold',
};

export const WINDOW_STATUS_LABELS: Readonly<Record<WindowStatus, string>> = {
  'not-open': 'Not open yet',
  open: 'Open',
  expired: 'Expired',
};

export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  'window-opens': 'Re-enrollment window opens',
  'enrollment-expires': 'Enrollment expires',
  'certification-expires': 'Certification expires',
  'newer-exam-required': 'Newer exam required',
  'reference-expires': 'Reference expires',
  'reference-request-by': 'Request a replacement reference',
  'csat-12-month-edge': 'CSAT survey leaves the 12-month window',
  'solution-expires': 'Certified solution expires',
  'rule-change': 'Last day before a rule change',
};

export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  ok: 'OK',
  soon: 'Soon',
  overdue: 'Overdue',
  'before-expiry': 'Before expiry',
};

/** "in 5 days", "today", "3 days ago". */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  const count = Math.abs(daysLeft);
  const unit = count === 1 ? 'day' : 'days';
  return daysLeft > 0 ? `in ${count} ${unit}` : `${count} ${unit} ago`;
}

/** "Yes" or "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
