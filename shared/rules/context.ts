/**
 * The facts every rule reads, computed once per membership in one pass over its rows, so the
 * rules stay small and a membership with thousands of MCPs is walked once, not once per rule.
 */
import type { IsoDate } from '../dates';
import type { Competency, Membership, Professional } from '../interchange/schema';
import { standingOn, type Standing } from './currency';
import { pointsBreakdown } from './points';
import type { Ruleset } from './ruleset';
import type { PointsBreakdown } from './types';
import { competencyLabel, membershipLabel } from './wording';

/** A professional counted at asOf, with the certification that keeps them current longest. */
export interface CountedMcp {
  readonly professional: Professional;
  readonly standing: Standing;
}

export interface RuleContext {
  readonly membership: Membership;
  readonly asOf: IsoDate;
  readonly expiresOn: IsoDate;
  /** The day requirements must hold through: expiresOn, or asOf once the enrollment expired. */
  readonly horizon: IsoDate;
  readonly ruleset: Ruleset;
  /** `Fabrikam Ltd (Seattle)`. */
  readonly label: string;
  /** The chosen competency and specialization, when both are set and the competency exists. */
  readonly chosen: {
    readonly competency: Competency;
    readonly specialization: string;
    readonly label: string;
  } | null;
  readonly points: PointsBreakdown;
  readonly hasCompetency: boolean;
  /** Associated MCPs holding a certification current at asOf. */
  readonly associatedCurrent: readonly CountedMcp[];
  /** Those of them linked to the chosen competency and specialization. */
  readonly linkedCurrent: readonly CountedMcp[];
}

/** True when a standing still holds on `day`. */
export function holdsOn(standing: Standing, day: IsoDate): boolean {
  return standing.lastDay === null || standing.lastDay >= day;
}

/** Gathers the facts for one membership at asOf. `points` overrides the computed breakdown. */
export function ruleContext(
  membership: Membership,
  asOf: IsoDate,
  ruleset: Ruleset,
  points: PointsBreakdown = pointsBreakdown(membership, asOf, ruleset),
): RuleContext {
  const expiresOn = membership.enrollment.expiresOn;
  const chosenId = membership.chosen?.competencyId ?? null;
  const specialization = membership.chosen?.specialization ?? null;
  const competency = membership.competencies.find((c) => c.id === chosenId);
  const chosen =
    competency && specialization !== null
      ? { competency, specialization, label: competencyLabel(competency.name, specialization) }
      : null;

  const associatedCurrent: CountedMcp[] = [];
  const linkedCurrent: CountedMcp[] = [];
  for (const professional of membership.professionals) {
    if (!professional.associated) continue;
    const standing = standingOn(professional, asOf);
    if (standing === null) continue;
    const counted = { professional, standing };
    associatedCurrent.push(counted);
    if (chosen !== null && isLinked(professional, chosen.competency.id, chosen.specialization)) {
      linkedCurrent.push(counted);
    }
  }

  return {
    membership,
    asOf,
    expiresOn,
    horizon: expiresOn > asOf ? expiresOn : asOf,
    ruleset,
    label: membershipLabel(membership),
    chosen,
    points,
    hasCompetency: points.competencies > 0 || points.bonus > 0,
    associatedCurrent,
    linkedCurrent,
  };
}

function isLinked(professional: Professional, competencyId: string, specialization: string): boolean {
  for (const link of professional.links) {
    if (link.competencyId === competencyId && link.specialization === specialization) return true;
  }
  return false;
}
