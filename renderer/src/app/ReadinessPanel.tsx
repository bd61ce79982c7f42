/**
 * Live readiness for the target level, beside every tab: ready or not, the window, points
 * against the level's threshold, each blocking requirement's status, and the top gaps. All of
 * it comes from `evaluateMembership`; nothing here decides a rule. The list folds away (open
 * beside the work, closed above it in a narrow window) so the verdict is always in view.
 */
import { useState } from 'react';
import { daysLeftPhrase } from '../../../shared/vocabulary/dates';
import { appliesTo } from '../../../shared/rules/outcome';
import type { RequirementId } from '../../../shared/rules/types';
import { formatDate } from '../format';
import { LEVEL_LABELS } from '../../../shared/vocabulary/labels';
import { useNavigation } from '../store/navigation-store';
import { useWorkspace } from '../store/workspace-store';
import { stepOfRequirement } from '../wizard/requirement-steps';
import { StatusBadge } from '../wizard/RequirementCard';
import { useEvaluationAfterPaint } from '../wizard/use-evaluation';
import './readiness.css';
import '../wizard/requirement-status.css';
import { pointsNeeded } from '../../../shared/vocabulary/numbers';

const WINDOW_TEXT = {
  'not-open': 'Window not open yet',
  open: 'Window open',
  expired: 'Enrollment expired',
} as const;
const GAPS_SHOWN = 3;
/** Where app.css puts the panel above the work rather than beside it. */
const NARROW = '(max-width: 1365px)';

export function ReadinessPanel() {
  const current = useWorkspace((s) => s.current);
  const creating = useWorkspace((s) => s.creating);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  // A membership just opened is evaluated once the tab beside has painted.
  const evaluation = useEvaluationAfterPaint();
  const [detailsOpen, setDetailsOpen] = useState(() => !globalThis.matchMedia?.(NARROW).matches);
  if (creating || !current) return null;
  const target = current.targetLevel;
  if (!evaluation) {
    // The panel's frame at once, so the tab beside it does not move when the figures arrive.
    return (
      <aside className="readiness" aria-label={`Readiness: ${LEVEL_LABELS[target]}`} aria-busy="true">
        <p className="readiness__verdict" role="status">
          Evaluating readiness for {LEVEL_LABELS[target]}…
        </p>
      </aside>
    );
  }
  const { window, points, ready, gaps, fallback } = evaluation;
  const blocking = evaluation.requirements.filter((r) => r.blocking && appliesTo(r, target));
  // The points this evaluation required, from its ruleset: never a number written here.
  const threshold =
    target === 'registered'
      ? null
      : (evaluation.requirements.find((r) => r.id === `${target}.points`)?.required ?? null);
  const open = (id: RequirementId) => {
    const { section, step } = stepOfRequirement(id, target);
    sectionOpened(section, step || null, 'heading');
  };

  return (
    <aside className="readiness" aria-labelledby="readiness-heading" data-testid="readiness-panel">
      <div className="readiness__head">
        <h2 id="readiness-heading" className="readiness__title">
          Readiness: {LEVEL_LABELS[target]}
        </h2>
        <p
          className={`readiness__verdict readiness__verdict--${ready ? 'ready' : 'not-ready'}`}
          data-testid="readiness-verdict"
          aria-live="polite"
        >
          {ready ? 'Ready to re-enroll' : 'Not ready yet'}
        </p>
        <dl className="readiness__facts">
          <div>
            <dt>{WINDOW_TEXT[window.status]}</dt>
            <dd data-testid="readiness-days-left">{daysLeftPhrase(window.daysLeft)}</dd>
          </div>
          {threshold !== null ? (
            <div>
              <dt>Partner points</dt>
              <dd>
                <span data-testid="readiness-points">{pointsNeeded(points.total, threshold)}</span>
                <meter
                  className="readiness__meter"
                  min={0}
                  max={threshold}
                  value={Math.min(points.total, threshold)}
                  aria-label={`Partner points: ${pointsNeeded(points.total, threshold)}`}
                />
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      <details
        className="readiness__details"
        open={detailsOpen}
        onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
      >
        <summary className="readiness__summary">
          {blocking.filter((r) => r.status === 'met' || r.status === 'waived').length} of {blocking.length}{' '}
          requirements met
        </summary>
        <h3 className="readiness__subtitle">Requirements</h3>
        <ul className="readiness__list">
          {blocking.map((r) => (
            <li key={r.id} data-testid={`readiness-${r.id}`} data-status={r.status}>
              <StatusBadge status={r.status} />
              <button type="button" className="link-button" onClick={() => open(r.id)}>
                {r.shortTitle}
              </button>
            </li>
          ))}
        </ul>
        {gaps.length > 0 ? (
          <>
            <h3 className="readiness__subtitle">Next to do</h3>
            <ol className="readiness__gaps">
              {gaps.slice(0, GAPS_SHOWN).map((gap) => (
                <li key={gap.requirementId}>
                  {gap.action}
                  {gap.dueOn ? <span className="readiness__due"> — by {formatDate(gap.dueOn)}</span> : null}
                </li>
              ))}
            </ol>
            {gaps.length > GAPS_SHOWN ? (
              <p className="readiness__more">and {gaps.length - GAPS_SHOWN} more</p>
            ) : null}
          </>
        ) : null}
      </details>
      {fallback ? <p className="readiness__fallback">{fallback.message}</p> : null}
    </aside>
  );
}
