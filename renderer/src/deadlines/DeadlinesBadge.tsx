/** The count of deadlines due within the ruleset's "soon" horizon, shown on the Deadlines tab. */
import { useEvaluationAfterPaint } from '../wizard/use-evaluation';
import { dueWithinSoon } from './deadline-rows';

export function DeadlinesBadge() {
  // Never the reason a membership just opened paints later: counted once it has.
  const evaluation = useEvaluationAfterPaint();
  if (!evaluation) return null;
  const { deadlines, rules } = evaluation;
  const n = dueWithinSoon(deadlines, rules.deadlines.soonDays);
  if (n === 0) return null;
  return (
    <span className="tab-badge" data-testid="deadlines-badge">
      {n}
      <span className="visually-hidden"> due within {rules.deadlines.soonDays} days</span>
    </span>
  );
}
