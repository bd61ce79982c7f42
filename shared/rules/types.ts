/**
 * What an evaluation says about a membership (DESIGN §3 and §4). The ids, statuses and field
 * names are contracts: scripts read them through `reenroll evaluate --format json`.
 */
import type { IsoDate } from '../dates';
import type { Level } from '../interchange/fields';

export const REQUIREMENT_IDS = [
  'admin.global-program-administrator',
  'steps.sign-in',
  'steps.profile',
  'steps.terms-agreed',
  'registered.maps-assessment',
  'certified.points',
  'gold.points',
  'gold.competency',
  'gold.mcps-or-solution',
  'gold.mcp-links',
  'gold.mcp-exams',
  'gold.csat',
  'gold.references-current',
  'gold.references-assigned',
  'gold.competency-other',
  'gold.terms-signed',
  'gold.fee',
] as const;

export type RequirementId = (typeof REQUIREMENT_IDS)[number];
export type RequirementLevel = 'all' | Level;
export type RequirementKind = 'qualification' | 'step';
export type RequirementStatus = 'met' | 'unmet' | 'at-risk' | 'todo' | 'waived' | 'advisory';

export interface Requirement {
  readonly id: RequirementId;
  readonly level: RequirementLevel;
  readonly kind: RequirementKind;
  readonly blocking: boolean;
  readonly status: RequirementStatus;
  /** A sentence naming the people, customers and dates concerned. */
  readonly detail: string;
  readonly actual?: number;
  readonly required?: number;
  readonly dueOn?: IsoDate;
  /** The smallest concrete thing to do, when something is to be done. */
  readonly action?: string;
}

export type WindowStatus = 'not-open' | 'open' | 'expired';

export interface EnrollmentWindow {
  readonly status: WindowStatus;
  readonly daysLeft: number;
  readonly opensOn: IsoDate;
  readonly expiresOn: IsoDate;
}

export interface PointsBreakdown {
  readonly total: number;
  readonly competencies: number;
  readonly bonus: number;
  readonly other: number;
}

export type DeadlineKind =
  | 'window-opens'
  | 'enrollment-expires'
  | 'certification-expires'
  | 'newer-exam-required'
  | 'reference-expires'
  | 'reference-request-by'
  | 'csat-12-month-edge';

export type DeadlineStatus = 'ok' | 'soon' | 'overdue' | 'before-expiry';

export interface Deadline {
  readonly kind: DeadlineKind;
  /** Who or what: "Sam Lee — MCITP", "Contoso reference r-1". */
  readonly subject: string;
  readonly dueOn: IsoDate;
  readonly status: DeadlineStatus;
  /** Calendar days from asOf to dueOn (negative when past). Not part of the CLI JSON. */
  readonly daysLeft: number;
  /** The requirement this date puts at risk, if any. Not part of the CLI JSON. */
  readonly endangers: RequirementId | null;
  /** The professional concerned, for MCP deadlines. Not part of the CLI JSON. */
  readonly professionalId: string | null;
}

/**
 * One step toward the target level: the smallest concrete action for an unmet, todo or at-risk
 * requirement. Gap lists are ordered by due date (undated last), then in checklist order.
 */
export interface Gap {
  readonly requirementId: RequirementId;
  readonly status: RequirementStatus;
  readonly action: string;
  readonly dueOn?: IsoDate;
}

export interface MembershipEvaluation {
  readonly id: string;
  readonly window: EnrollmentWindow;
  readonly points: PointsBreakdown;
  readonly qualifies: Readonly<Record<Level, boolean>>;
  readonly ready: boolean;
  readonly requirements: readonly Requirement[];
  readonly deadlines: readonly Deadline[];
  /**
   * Blocking requirements of the target level (and below) that are unmet or todo, and every
   * at-risk one, each with its action.
   */
  readonly gaps: readonly Gap[];
  /**
   * When the target (Gold, or Certified) is out of reach before expiry, the highest lower level
   * the membership still qualifies for (the fallback path), with a sentence saying so; otherwise null.
   */
  readonly fallback: { readonly level: Level; readonly message: string } | null;
}

export interface Evaluation {
  readonly ruleset: string;
  readonly asOf: IsoDate;
  readonly memberships: readonly MembershipEvaluation[];
}
