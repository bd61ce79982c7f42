/** The count of deadlines due within 30 days, shown on the Deadlines tab. */
import { useMembershipEvaluation } from '../review/use-membership-evaluation';
import { dueWithinSoon } from './deadline-rows';

export function DeadlinesBadge() {
  const evaluated = useMembershipEvaluation();
  const n = evaluated ? dueWithinSoon(evaluated.evaluation.deadlines) : 0;
  if (n === 0) return null;
  return (
    <span className="tab-badge" data-testid="deadlines-badge">
      {n}
      <span className="visually-hidden"> due within 30 days</span>
    </span>
  );
}
