/**
 * The report model (DESIGN §6): everything a readiness report shows, as plain data. Every format
 * (HTML, Markdown, JSON, CSV, ICS) renders this one model, so they cannot disagree.
 */
import type { IsoDate } from '../dates';
import type { Level, ReferenceStatus } from '../interchange/fields';
import type { Deadline, EnrollmentWindow, Gap, PointsBreakdown, Requirement } from '../rules/types';

/** Who and what produced the report; `generatedAt` is an ISO timestamp passed in by the caller. */
export interface ReportStamp {
  readonly ruleset: string;
  readonly asOf: IsoDate;
  readonly generatedAt: string;
  readonly preparer: string | null;
}

export type ReportRequirement = Requirement;

export type ReportGap = Gap;

export interface ReportDeadline extends Deadline {
  /** Stable across exports of the same deadline, so a calendar updates instead of duplicating. */
  readonly uid: string;
  /** The title of the requirement it endangers, from the evaluation. */
  readonly endangersTitle: string | null;
}

export interface ReportPoints extends PointsBreakdown {
  /** Competencies attained on or before asOf. */
  readonly competencyCount: number;
  /** The points each level needs, from the evaluated requirements. */
  readonly thresholds: { readonly certified: number; readonly gold: number };
}

export interface RosterCertification {
  readonly name: string;
  readonly earnedOn: IsoDate;
  readonly expiresOn: IsoDate | null;
  readonly newerExamRequiredBy: IsoDate | null;
}

export interface RosterEntry {
  readonly id: string;
  readonly name: string;
  readonly mcpId: string | null;
  readonly associated: boolean;
  readonly links: readonly { readonly competency: string; readonly specialization: string }[];
  readonly certifications: readonly RosterCertification[];
}

export interface ReportReference {
  readonly id: string;
  readonly customer: string;
  readonly status: ReferenceStatus;
  readonly requestedOn: IsoDate | null;
  readonly acceptedOn: IsoDate | null;
  readonly expiresOn: IsoDate | null;
  /** The competency's name (its id when the name is unknown), or null when unassigned. */
  readonly competency: string | null;
  readonly specialization: string | null;
}

export interface CsatCustomerCount {
  readonly customer: string;
  readonly received: number;
  /** `received`, capped at the per-customer maximum. */
  readonly counted: number;
}

export interface CsatSurveyReport {
  readonly id: string;
  readonly participatedOn: IsoDate;
  /** Within the ruleset's look-back months up to asOf, so it can satisfy `gold.csat`. */
  readonly inWindow: boolean;
  readonly customers: readonly CsatCustomerCount[];
  readonly received: number;
  readonly counted: number;
}

export interface CsatReport {
  readonly perCustomerCap: number;
  readonly responsesRequired: number;
  /** How many months back a survey counts (the ruleset's `csat.lookbackMonths`). */
  readonly lookbackMonths: number;
  readonly windowStartsOn: IsoDate;
  readonly surveys: readonly CsatSurveyReport[];
}

export interface MembershipReport {
  readonly id: string;
  readonly organization: {
    readonly name: string;
    readonly partnerId: string | null;
    readonly location: string | null;
    readonly country: string | null;
  };
  readonly level: Level;
  readonly targetLevel: Level;
  readonly asOf: IsoDate;
  readonly window: EnrollmentWindow;
  readonly primaryProgramContact: { readonly name: string | null; readonly email: string | null };
  readonly preparer: { readonly name: string | null; readonly isGlobalProgramAdministrator: boolean };
  /** Whether the preparer may re-enroll (only the global program administrator can), and why. */
  readonly mayReenroll: { readonly allowed: boolean; readonly detail: string };
  readonly ready: boolean;
  readonly qualifies: Readonly<Record<Level, boolean>>;
  readonly points: ReportPoints;
  readonly requirements: readonly ReportRequirement[];
  readonly gaps: readonly ReportGap[];
  readonly fallback: { readonly level: Level; readonly message: string } | null;
  /** Sorted by date. */
  readonly deadlines: readonly ReportDeadline[];
  readonly roster: readonly RosterEntry[];
  readonly references: readonly ReportReference[];
  readonly csat: CsatReport;
}

/** A workspace report: one stamp, one or more memberships. */
export interface Report {
  readonly stamp: ReportStamp;
  readonly memberships: readonly MembershipReport[];
}
