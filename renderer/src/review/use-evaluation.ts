/**
 * The evaluation of the open membership at the chosen "as of" date, derived from the shared
 * rules and never stored. Cached on the membership object and date so the tab badge, the review
 * and the deadlines view share one evaluation instead of each running the rules.
 */
import type { IsoDate } from '../../../shared/dates';
import type { Membership } from '../../../shared/interchange/schema';
import { evaluateMembership } from '../../../shared/rules/evaluate';
import type { MembershipEvaluation } from '../../../shared/rules/types';
import { useWorkspace } from '../store/workspace-store';

const cache = new WeakMap<Membership, { asOf: IsoDate; evaluation: MembershipEvaluation }>();

/** The evaluation of `membership` at `asOf`, computed once per (membership object, date). */
export function evaluationOf(membership: Membership, asOf: IsoDate): MembershipEvaluation {
  const hit = cache.get(membership);
  if (hit && hit.asOf === asOf) return hit.evaluation;
  const evaluation = evaluateMembership(membership, asOf);
  cache.set(membership, { asOf, evaluation });
  return evaluation;
}

/** The open membership with its evaluation, or null when none is open. */
export function useEvaluation(): { membership: Membership; evaluation: MembershipEvaluation } | null {
  const current = useWorkspace((s) => s.current);
  const asOf = useWorkspace((s) => s.asOf);
  if (!current) return null;
  return { membership: current, evaluation: evaluationOf(current, asOf) };
}
