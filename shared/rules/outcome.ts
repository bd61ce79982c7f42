/**
 * The outcome of a membership (shared/rules/README.md): which levels it qualifies for, whether it is ready
 * for its target level, the gaps to close, and the fallback level when the target is out of reach.
 */
import { LEVELS, type Level } from '../interchange/constants';
import type { Gap, MembershipEvaluation, Requirement, RequirementStatus, EnrollmentWindow } from './types';
import { levelName } from './wording';
import { humanDate } from '../vocabulary/dates';

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
      title: r.title,
      shortTitle: r.shortTitle,
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
 * When the target level does not qualify as the data stands, the highest level below it that
 * does, with a sentence saying so; otherwise null. The sentence says "out of reach" only once no
 * action can be completed before expiry (the enrollment has expired); the reasons it names are
 * the unmet qualifications, never a manual confirmation still to do.
 */
export function fallbackFor(
  requirements: readonly Requirement[],
  qualifies: Readonly<Record<Level, boolean>>,
  target: Level,
  window: EnrollmentWindow,
): MembershipEvaluation['fallback'] {
  if (target === 'registered' || qualifies[target]) return null;
  const level = [...LEVELS].reverse().find((l) => RANK[l] < RANK[target] && qualifies[l]) ?? 'registered';
  const failing = requirements.filter(
    (r) =>
      r.kind === 'qualification' &&
      r.blocking &&
      r.level !== 'all' &&
      RANK[r.level] <= RANK[target] &&
      !passes(r),
  );
  const unmet = failing.filter((r) => r.status === 'unmet').map((r) => r.title);
  const toConfirm = failing.filter((r) => r.status === 'todo').map((r) => r.title);
  const still = [
    ...(unmet.length > 0 ? [`not met: ${unmet.join('; ')}`] : []),
    ...(toConfirm.length > 0 ? [`to confirm: ${toConfirm.join('; ')}`] : []),
  ].join('; ');
  const fallback = `the membership qualifies for ${levelName(level)}, so it can re-enroll at that level`;
  const message =
    window.status === 'expired'
      ? `${levelName(target)} is out of reach: the enrollment expired on ${humanDate(window.expiresOn)} (${still}); ${fallback}.`
      : `${levelName(target)} is not reached yet (${still}); there is time to act before the enrollment expires on ${humanDate(window.expiresOn)}. Meanwhile ${fallback}.`;
  return { level, message };
}
