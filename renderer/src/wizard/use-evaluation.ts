/**
 * The open membership's evaluation at the chosen "as of" date, derived and never stored. One
 * evaluation is shared by every component that asks for the same membership object and date,
 * so the panel, the tab and its step cards do not each walk thousands of MCPs.
 *
 * The ruleset is the workspace's (`ruleset:get`), never a module the renderer imports: every
 * number a screen shows comes from `evaluation.rules` (shared/rules/README.md, "Rulesets are data").
 */
import { evaluateMembership } from '../../../shared/rules/evaluate';
import type { Membership } from '../../../shared/interchange/schema';
import type { Ruleset } from '../../../shared/rules/ruleset';
import type { MembershipEvaluation } from '../../../shared/rules/types';
import { useWorkspace } from '../store/workspace-store';

let last: {
  membership: Membership;
  asOf: string;
  ruleset: Ruleset;
  evaluation: MembershipEvaluation;
} | null = null;

/** `evaluateMembership`, remembered for the last membership object, date and ruleset asked for. */
export function evaluationOf(membership: Membership, asOf: string, ruleset: Ruleset): MembershipEvaluation {
  if (last?.membership !== membership || last.asOf !== asOf || last.ruleset !== ruleset) {
    last = { membership, asOf, ruleset, evaluation: evaluateMembership(membership, asOf, ruleset) };
  }
  return last.evaluation;
}

/** The workspace's ruleset, for what is computed before or beside an evaluation (the estimator). */
export function useRuleset(): Ruleset | null {
  return useWorkspace((s) => s.ruleset);
}

/** The open membership's evaluation alone (Review and Deadlines use `useMembershipEvaluation`). */
export function useEvaluation(): MembershipEvaluation | null {
  const current = useWorkspace((s) => s.current);
  const asOf = useWorkspace((s) => s.asOf);
  const ruleset = useWorkspace((s) => s.ruleset);
  return current && ruleset ? evaluationOf(current, asOf, ruleset) : null;
}
