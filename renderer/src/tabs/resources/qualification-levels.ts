/**
 * "See What Qualifications You Currently Meet": for each level, whether the membership
 * qualifies and the qualification gaps still open toward it, straight from the evaluation.
 */
import { LEVELS, type Level } from '../../../../shared/interchange/fields';
import { gapsFor } from '../../../../shared/rules/outcome';
import type { Gap, MembershipEvaluation } from '../../../../shared/rules/types';

export interface LevelStanding {
  readonly level: Level;
  readonly qualifies: boolean;
  /** Qualification gaps toward the level (blocking ones not passing, and at-risk ones). */
  readonly gaps: readonly Gap[];
}

/** Each level with its qualification verdict and gaps; steps (sign in, terms, fee) are left to the checklist. */
export function levelStandings(evaluation: MembershipEvaluation): LevelStanding[] {
  const kinds = new Map(evaluation.requirements.map((r) => [r.id, r.kind]));
  return LEVELS.map((level) => ({
    level,
    qualifies: evaluation.qualifies[level],
    gaps: gapsFor(evaluation.requirements, level).filter(
      (g) => kinds.get(g.requirementId) === 'qualification',
    ),
  }));
}
