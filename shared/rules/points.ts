/**
 * Partner points (shared/rules/README.md): 30 per competency attained by asOf, a one-time 20 bonus with the
 * first, plus every other-way entry earned by asOf (undated entries count). The thresholds come
 * from the ruleset.
 */
import type { IsoDate } from '../dates';
import type { Membership } from '../interchange/schema';
import type { RulesetNumbers } from './ruleset';
import type { PointsBreakdown } from './types';
import { count, more } from './wording';

/** Competencies attained on or before asOf. */
export function attainedCompetencies(membership: Membership, asOf: IsoDate): number {
  let attained = 0;
  for (const competency of membership.competencies) {
    if (competency.attainedOn !== null && competency.attainedOn <= asOf) attained += 1;
  }
  return attained;
}

/** Points from counts: `competencies` attained and `other` points. */
export function pointsFrom(competencies: number, other: number, ruleset: RulesetNumbers): PointsBreakdown {
  const fromCompetencies = competencies * ruleset.points.perCompetency;
  const bonus = competencies > 0 ? ruleset.points.firstCompetencyBonus : 0;
  return { total: fromCompetencies + bonus + other, competencies: fromCompetencies, bonus, other };
}

/** The membership's points breakdown at asOf. */
export function pointsBreakdown(
  membership: Membership,
  asOf: IsoDate,
  ruleset: RulesetNumbers,
): PointsBreakdown {
  let other = 0;
  for (const entry of membership.otherPoints) {
    if (entry.earnedOn === null || entry.earnedOn <= asOf) other += entry.points;
  }
  return pointsFrom(attainedCompetencies(membership, asOf), other, ruleset);
}

/**
 * The smallest concrete way to earn `missing` points: whole competencies while they do not
 * overshoot (the first one worth its bonus too), the rest as other points. For example
 * "40 more points: one more competency (30) and 10 other points".
 */
export function pointsAction(missing: number, hasCompetency: boolean, ruleset: RulesetNumbers): string {
  const { perCompetency, firstCompetencyBonus } = ruleset.points;
  let left = missing;
  const parts: string[] = [];
  const firstWorth = perCompetency + firstCompetencyBonus;
  let first = false;
  if (!hasCompetency && left >= firstWorth) {
    first = true;
    left -= firstWorth;
    parts.push(`a first competency (${perCompetency} + ${firstCompetencyBonus} bonus)`);
  }
  // Without a competency yet, any competency is a first one, worth its bonus too.
  const extra = hasCompetency || first ? Math.floor(left / perCompetency) : 0;
  if (extra > 0) {
    left -= extra * perCompetency;
    const phrase = more(extra, 'competency', 'competencies');
    parts.push(`${first ? phrase.replace(' more', ' further') : phrase} (${extra * perCompetency})`);
  }
  if (left > 0) parts.push(count(left, 'other point'));
  const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${more(missing, 'point').replace(/^one /, '1 ')}: ${joined}`;
}
