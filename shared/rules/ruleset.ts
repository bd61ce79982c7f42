/**
 * The shape of a program year's rules as data. One evaluator reads it; a later program year is
 * a new ruleset document (`ruleset-schema.ts` validates it), never new branches in the evaluator.
 */
import type { IsoDate } from '../dates';
import type { RequirementId, RequirementKind, RequirementLevel } from './types';

export interface RequirementSpec {
  readonly level: RequirementLevel;
  readonly kind: RequirementKind;
  /** False for requirements that never block re-enrollment (the MAPS assessment). */
  readonly blocking: boolean;
  /** What people read for it, on screens, in reports and in the CLI. */
  readonly title: string;
  /** A few words, for compact lists (the readiness panel, the deadlines table). */
  readonly shortTitle: string;
}

export interface Ruleset {
  /** `mpp-2009`: what evaluations, reports and `reenroll status` name. */
  readonly id: string;
  /** What people read for it. */
  readonly title: string;
  /** Where each requirement sits, in checklist order. */
  readonly requirements: Readonly<Record<RequirementId, RequirementSpec>>;
  /** The window opens this many days before the enrollment expires. */
  readonly windowDays: number;
  readonly points: {
    readonly certified: number;
    readonly gold: number;
    readonly perCompetency: number;
    /** One-time bonus when at least one competency is attained. */
    readonly firstCompetencyBonus: number;
  };
  readonly mcps: {
    /** Associated MCPs with a current certification (and linked, for the links rule). */
    readonly required: number;
    /** Certified solutions that replace the MCP requirement. */
    readonly solutionsAlternative: number;
  };
  readonly csat: {
    readonly responsesRequired: number;
    readonly maxPerCustomer: number;
    readonly lookbackMonths: number;
    /** Required from this date on; before it a failing test is only advisory. */
    readonly requiredFrom: IsoDate;
  };
  readonly maps: {
    readonly passPercent: number;
    /** Renewing subscribers are waived up to and including this date. */
    readonly renewingWaivedThrough: IsoDate;
  };
  readonly references: {
    /** the ruleset's `referencesRequired`: current accepted references needed for the chosen competency. */
    readonly required: number;
    /** the ruleset's `referenceLeadDays`: days before a lapse by which a replacement must be requested. */
    readonly leadDays: number;
  };
  readonly deadlines: {
    /** A deadline this many days away or fewer is "soon". */
    readonly soonDays: number;
  };
}

/** The ruleset's numbers and dates without its catalogue: what an evaluation says it used. */
export type RulesetNumbers = Omit<Ruleset, 'requirements'>;
