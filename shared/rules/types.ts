/**
 * What an evaluation says about a membership (shared/rules/README.md and §4). The ids, statuses and field
 * names are contracts: scripts read them through `reenroll evaluate --format json`.
 */
import type { IsoDate } from '../dates';
import type { Level } from '../interchange/constants';
import type { RulesetNumbers } from './ruleset';

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

/** Something a requirement or deadline is about, named for people and identified for scripts. */
export interface NamedRef {
  readonly id: string;
  readonly name: string;
}

/** A customer organization of a CSAT survey, with every spelling merged into it. */
export interface CustomerRef {
  readonly customer: string;
  readonly spellings: readonly string[];
  readonly responses: number;
  readonly counted: number;
}

/**
 * What a requirement is about (shared/rules/README.md, "Structured results"): the entities it
 * names, so a screen or report builds its own sentence and never parses `detail`.
 */
export interface RequirementAbout {
  readonly competency?: { readonly id: string; readonly name: string; readonly specialization: string };
  readonly professionals?: readonly NamedRef[];
  readonly references?: readonly {
    readonly id: string;
    readonly customer: string;
    readonly expiresOn: IsoDate | null;
  }[];
  readonly solutions?: readonly (NamedRef & { readonly expiresOn: IsoDate | null })[];
  readonly surveys?: readonly { readonly id: string; readonly participatedOn: IsoDate }[];
  readonly customers?: readonly CustomerRef[];
  /** The fields of the profile still empty. */
  readonly missingFields?: readonly string[];
  /** The day the test was made on (gold.csat: the earliest re-enrollment date). */
  readonly testedOn?: IsoDate;
}

/** The ruleset numbers and dates a requirement used, by their ruleset name. */
export type RuleNumbers = Readonly<Record<string, number | IsoDate>>;

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
  /** The requirement's title in the ruleset's catalogue. */
  readonly title: string;
  /** Its short title in the catalogue, for compact lists. */
  readonly shortTitle: string;
  /** What the requirement is about; empty when it names nothing. */
  readonly about: RequirementAbout;
  /** The ruleset's numbers this outcome used. */
  readonly uses: RuleNumbers;
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
  | 'csat-12-month-edge'
  | 'solution-expires'
  | 'rule-change';

export type DeadlineStatus = 'ok' | 'soon' | 'overdue' | 'before-expiry';

/** What a deadline is about: one of these is set for each kind (shared/rules/README.md). */
export interface DeadlineAbout {
  /** The membership the deadline belongs to. */
  readonly membership: { readonly id: string; readonly name: string; readonly location: string | null };
  readonly professional?: NamedRef;
  readonly certification?: { readonly name: string };
  readonly reference?: { readonly id: string; readonly customer: string };
  readonly solution?: NamedRef;
  readonly survey?: { readonly id: string; readonly participatedOn: IsoDate };
  /** For `rule-change`: the requirement whose rule changes, and the day the new rule applies. */
  readonly ruleChange?: { readonly requirement: RequirementId; readonly effectiveOn: IsoDate };
}

export interface Deadline {
  readonly kind: DeadlineKind;
  /** Who or what, for people: "Sam Lee — MCITP". Consumers build their own text from `about`. */
  readonly subject: string;
  readonly dueOn: IsoDate;
  readonly status: DeadlineStatus;
  /** Calendar days from asOf to dueOn (negative when past). Not part of the CLI JSON. */
  readonly daysLeft: number;
  /** The requirement this date puts at risk, if any. */
  readonly endangers: RequirementId | null;
  /** The professional concerned, for MCP deadlines. Not part of the CLI JSON (see `about`). */
  readonly professionalId: string | null;
  readonly about: DeadlineAbout;
}

/**
 * One step toward the target level: the smallest concrete action for an unmet, todo or at-risk
 * requirement. Gap lists are ordered by due date (undated last), then in checklist order.
 */
export interface Gap {
  readonly requirementId: RequirementId;
  /** The requirement's title and short title, from the ruleset's catalogue. */
  readonly title: string;
  readonly shortTitle: string;
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
  /** The ruleset this evaluation used, with its numbers: what screens show beside the figures. */
  readonly rules: RulesetNumbers;
}

export interface Evaluation {
  /** The ruleset's id (`mpp-2009`). */
  readonly ruleset: string;
  readonly asOf: IsoDate;
  readonly memberships: readonly MembershipEvaluation[];
  /** The ruleset's title and the numbers it used. */
  readonly rules: RulesetNumbers;
}
