/**
 * The open membership's evaluation at the chosen "as of" date, derived and never stored. One
 * evaluation is shared by every component that asks for the same membership object and date,
 * so the panel, the tab and its step cards do not each walk thousands of MCPs.
 */
import { evaluateMembership } from '../../../shared/rules/evaluate';
import type { Membership } from '../../../shared/interchange/schema';
import type { MembershipEvaluation } from '../../../shared/rules/types';
import { useWorkspace } from '../store/workspace-store';

let last: { membership: Membership; asOf: string; evaluation: MembershipEvaluation } | null = null;

/** `evaluateMembership`, remembered for the last membership object and date asked for. */
export function evaluationOf(membership: Membership, asOf: string): MembershipEvaluation {
  if (last?.membership !== membership || last.asOf !== asOf) {
    last = { membership, asOf, evaluation: evaluateMembership(membership, asOf) };
  }
  return last.evaluation;
}

/** The open membership's evaluation alone (Review and Deadlines use `useMembershipEvaluation`). */
export function useEvaluation(): MembershipEvaluation | null {
  const current = useWorkspace((s) => s.current);
  const asOf = useWorkspace((s) => s.asOf);
  return current ? evaluationOf(current, asOf) : null;
}
