/**
 * The open membership together with its evaluation, for the screens that need both (review,
 * deadlines, resources). The evaluation is the wizard's shared one (`evaluationOf`, also behind
 * the wizard's `useEvaluation`, which returns the evaluation alone), so these
 * screens and the side panel never evaluate the same membership twice.
 */
import type { Membership } from '../../../shared/interchange/schema';
import type { MembershipEvaluation } from '../../../shared/rules/types';
import { useWorkspace } from '../store/workspace-store';
import { evaluationOf } from '../wizard/use-evaluation';

/**
 * The open membership with its evaluation at the chosen date, or null when none is open, nor
 * while a new one is being created: no screen goes on showing the membership left behind.
 */
export function useMembershipEvaluation(): {
  membership: Membership;
  evaluation: MembershipEvaluation;
} | null {
  const current = useWorkspace((s) => (s.creating ? null : s.current));
  const asOf = useWorkspace((s) => s.asOf);
  const ruleset = useWorkspace((s) => s.ruleset);
  if (!current || !ruleset) return null;
  return { membership: current, evaluation: evaluationOf(current, asOf, ruleset) };
}
