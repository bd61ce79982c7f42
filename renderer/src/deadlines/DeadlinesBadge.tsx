/** The count of deadlines due within the ruleset's "soon" horizon, shown on the Deadlines tab. */
import { useMembershipEvaluation } from '../review/use-membership-evaluation';
import { dueWithinSoon } from './deadline-rows';

export function DeadlinesBadge() {
  const evaluated = useMembershipEvaluation();
  if (!evaluated) return null;
  const { deadlines, rules } = evaluated.evaluation;
  const n = dueWithinSoon(deadlines, rules.deadlines.soonDays);
  if (n === 0) return null;
  return (
    <span className="tab-badge" data-testid="deadlines-badge">
      {n}
      <span className="visually-hidden"> due within {rules.deadlines.soonDays} days</span>
    </span>
  );
}
