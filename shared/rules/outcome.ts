/**
 * The outcome of a membership (DESIGN §3.4): which levels it qualifies for, whether it is ready
 * for its target level, the gaps to close, and the fallback level when the target is out of reach.
 */
import { LEVELS, type Level } from '../interchange/fields';
import type { Gap, MembershipEvaluation, Requirement, RequirementStatus, EnrollmentWindow } from './types';
import { levelName } from './wording';

const RANK: Readonly<Record<Level, number>> = { registered: 0, certified: 1, gold: 2 };
const PASSING: ReadonlySet<RequirementStatus> = new Set(['met', 'at-risk', 'waived']);
const GAP: ReadonlySet<RequirementStatus> = new Set(['unmet', 'todo', 'at-risk']);

/** True when a requirement passes: met, at-risk or waived. */
export function passes(requirement: Requirement): boolean {
  return PASSING.has(requirement.status);
}

/** True when a requirement counts toward `target`: the `all` ones and those of this level or below. */
export function appliesTo(requirement: Requirement, target: Level): boolean {
  return requirement.level === 'all' || RANK[requirement.level] <= RANK[target];
}

/** Per level: every blocking qualification of that level and below passes. */
export function qualifiesFor(requirements: readonly Requirement[]): Record<Level, boolean> {
  const result = { registered: true, certified: true, gold: true };
  for (const r of requirements) {
    if (r.kind !== 'qualification' || !r.blocking || r.level === 'all' || passes(r)) continue;
    for (const level of LEVELS) if (RANK[level] >= RANK[r.level]) result[level] = false;
  }
  return result;
}

/** The window is open and every blocking requirement of the target level (and below) passes. */
export function isReady(
  window: EnrollmentWindow,
  requirements: readonly Requirement[],
  target: Level,
): boolean {
  return (
    window.status === 'open' && requirements.every((r) => !r.blocking || !appliesTo(r, target) || passes(r))
  );
}

/**
 * The gaps toward the target: blocking requirements not passing, and every at-risk one, each
 * with its action; dated ones first by due date, the rest in checklist order.
 */
export function gapsFor(requirements: readonly Requirement[], target: Level): Gap[] {
  const gaps: Gap[] = [];
  for (const r of requirements) {
    if (!appliesTo(r, target) || !GAP.has(r.status)) continue;
    if (!r.blocking && r.status !== 'at-risk') continue;
    const gap: { -readonly [K in keyof Gap]: Gap[K] } = {
      requirementId: r.id,
      status: r.status,
      action: r.action ?? r.detail,
    };
    if (r.dueOn !== undefined) gap.dueOn = r.dueOn;
    gaps.push(gap);
  }
  const order = (g: Gap) => g.dueOn ?? '9999-12-31';
  return gaps
    .map((gap, index) => ({ gap, index }))
    .sort((a, b) => (order(a.gap) < order(b.gap) ? -1 : order(a.gap) > order(b.gap) ? 1 : a.index - b.index))
    .map(({ gap }) => gap);
}

/**
 * When the target level is out of reach as the data stands, the highest level below it that
 * still qualifies, with a sentence saying so; otherwise null.
 */
export function fallbackFor(
  requirements: readonly Requirement[],
  qualifies: Readonly<Record<Level, boolean>>,
  target: Level,
  expiresOn: string,
): MembershipEvaluation['fallback'] {
  if (target === 'registered' || qualifies[target]) return null;
  const level = [...LEVELS].reverse().find((l) => RANK[l] < RANK[target] && qualifies[l]) ?? 'registered';
  const missing = requirements
    .filter(
      (r) =>
        r.kind === 'qualification' &&
        r.blocking &&
        r.level !== 'all' &&
        RANK[r.level] <= RANK[target] &&
        !passes(r),
    )
    .map((r) => r.id);
  return {
    level,
    message: `${levelName(target)} is out of reach before the enrollment expires on ${expiresOn} (not met: ${missing.join(', ')}); the membership qualifies for ${levelName(level)}, so it can re-enroll at that level.`,
  };
}
