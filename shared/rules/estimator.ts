/**
 * The Partner Points Estimator (shared/rules/README.md): "what if we attained N more competencies and
 * earned M more points?" The new breakdown and which levels would then qualify, computed from
 * the membership as it stands; nothing is saved.
 */
import { z } from 'zod';
import type { IsoDate } from '../dates';
import { nonNegativeInt } from '../interchange/fields';
import type { Membership } from '../interchange/schema';
import { evaluateWithPoints } from './evaluate';
import { attainedCompetencies, pointsBreakdown, pointsFrom } from './points';
import type { Ruleset } from './ruleset';
import type { PointsBreakdown } from './types';
import type { Level } from '../interchange/fields';

/** The what-if input, validated the same way in the UI, over IPC and in tests. */
export const estimateChangeSchema = z.strictObject({
  addCompetencies: nonNegativeInt('competencies'),
  addPoints: nonNegativeInt('points'),
});
export type EstimateChange = z.output<typeof estimateChangeSchema>;

export interface PointsEstimate {
  readonly current: PointsBreakdown;
  readonly estimated: PointsBreakdown;
  /** Per level with a points threshold: does the estimated total reach it. */
  readonly pointsQualify: { readonly certified: boolean; readonly gold: boolean };
  /** Points still missing per level after the change (0 when reached). */
  readonly shortfall: { readonly certified: number; readonly gold: number };
  /** Whole-level qualification with the estimated points and every other requirement as it stands. */
  readonly qualifies: Readonly<Record<Level, boolean>>;
}

/** Estimates points and qualification after `change`, without changing the membership. */
export function estimatePoints(
  membership: Membership,
  asOf: IsoDate,
  change: EstimateChange,
  ruleset: Ruleset,
): PointsEstimate {
  const parsed = estimateChangeSchema.parse(change);
  const current = pointsBreakdown(membership, asOf, ruleset);
  const estimated = pointsFrom(
    attainedCompetencies(membership, asOf) + parsed.addCompetencies,
    current.other + parsed.addPoints,
    ruleset,
  );
  const { certified, gold } = ruleset.points;
  return {
    current,
    estimated,
    pointsQualify: { certified: estimated.total >= certified, gold: estimated.total >= gold },
    shortfall: {
      certified: Math.max(0, certified - estimated.total),
      gold: Math.max(0, gold - estimated.total),
    },
    qualifies: evaluateWithPoints(membership, asOf, estimated, ruleset).qualifies,
  };
}
