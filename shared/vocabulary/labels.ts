/**
 * The one vocabulary: the words a person reads for each id and status the rules produce, used by
 * the screens, every report format and the CLI, so they all say the same thing
 * (shared/rules/README.md, "Words").
 */
import type { Ruleset } from '../rules/ruleset';
import { relativeDays } from './dates';
import type { Level } from '../interchange/constants';
import type { ReferenceStatus } from '../interchange/fields';
import type {
  DeadlineKind,
  DeadlineStatus,
  RequirementId,
  RequirementLevel,
  RequirementStatus,
  WindowStatus,
} from '../rules/types';

/** The requirement's title in a ruleset's catalogue (shared/rules/README.md). */
export function requirementTitle(ruleset: Pick<Ruleset, 'requirements'>, id: RequirementId): string {
  return ruleset.requirements[id].title;
}

/** Its short title, for compact lists. */
export function requirementShortTitle(ruleset: Pick<Ruleset, 'requirements'>, id: RequirementId): string {
  return ruleset.requirements[id].shortTitle;
}

export const REQUIREMENT_STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  met: 'Met',
  unmet: 'Not met',
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
  'csat-12-month-edge': 'CSAT survey ages out of the look-back',
  'solution-expires': 'Certified solution expires',
  'rule-change': 'Last day before a rule change',
};

export const DEADLINE_STATUS_LABELS: Readonly<Record<DeadlineStatus, string>> = {
  ok: 'OK',
  soon: 'Soon',
  overdue: 'Overdue',
  'before-expiry': 'Before expiry',
};

export const REFERENCE_STATUS_LABELS: Readonly<Record<ReferenceStatus, string>> = {
  draft: 'Draft',
  requested: 'Requested',
  accepted: 'Accepted',
  declined: 'Declined',
};

/** "in 5 days", "today", "3 days ago", "17 years ago". */
export const describeDaysLeft = relativeDays;

/** "Yes" or "No". */
export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}
