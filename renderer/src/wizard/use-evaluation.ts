/**
 * The open membership's evaluation at the chosen "as of" date, derived and never stored. One
 * evaluation is shared by every component that asks for the same membership object and date,
 * so the panel, the tab and its step cards do not each walk thousands of MCPs.
 *
 * The ruleset is the workspace's (`ruleset:get`), never a module the renderer imports: every
 * number a screen shows comes from `evaluation.rules` (shared/rules/README.md, "Rulesets are data").
 */
import { useEffect, useSyncExternalStore } from 'react';
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

// Evaluations made after a paint, announced to every screen waiting for one.
let made = 0;
const waiting = new Set<() => void>();
const subscribe = (listener: () => void) => {
  waiting.add(listener);
  return () => waiting.delete(listener);
};
const madeSoFar = () => made;

/**
 * The evaluation if it costs nothing to show now: already made, or the same membership after a
 * change or at another date (evaluated at once, so the panel follows a keystroke within a frame).
 */
function ready(membership: Membership, asOf: string, ruleset: Ruleset): MembershipEvaluation | null {
  if (last?.membership.id !== membership.id) return null;
  return evaluationOf(membership, asOf, ruleset);
}

/**
 * `useEvaluation` for the screens a membership opens on (the first tab, the readiness panel, the
 * Deadlines badge): a membership just opened is evaluated only once its screen has painted (the
 * next frame, then a task), so its first evaluation — thousands of MCPs — never delays that
 * paint. Null until then; the screen shows what needs no evaluation and says the rest is coming.
 */
export function useEvaluationAfterPaint(): MembershipEvaluation | null {
  const current = useWorkspace((s) => s.current);
  const asOf = useWorkspace((s) => s.asOf);
  const ruleset = useWorkspace((s) => s.ruleset);
  useSyncExternalStore(subscribe, madeSoFar);
  const evaluation = current && ruleset ? ready(current, asOf, ruleset) : null;
  useEffect(() => {
    if (evaluation || !current || !ruleset) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        evaluationOf(current, asOf, ruleset);
        made += 1;
        for (const listener of waiting) listener();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [evaluation, current, asOf, ruleset]);
  return evaluation;
}
