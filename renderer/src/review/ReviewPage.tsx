/**
 * The review before re-enrolling: a verdict for the target level, the fallback when Gold is out
 * of reach, then every requirement that counts with its status, detail and action, each linking
 * to the step that fixes it.
 */
import type { Requirement } from '../../../shared/rules/types';
import type { Level } from '../../../shared/interchange/fields';
import { formatDate } from '../format';
import { LEVEL_LABELS } from '../../../shared/vocabulary/labels';
import { useNavigation } from '../store/navigation-store';
import { SECTION_LINK_LABELS, stepTargetOf } from './requirement-targets';
import { requirementsFor, verdictFor } from './review-model';
import { StatusBadge } from '../wizard/RequirementCard';
import { useMembershipEvaluation } from './use-membership-evaluation';
import { ExportReportButton } from '../export/ExportReportButton';
import './review.css';

export function ReviewPage() {
  const evaluated = useMembershipEvaluation();
  if (!evaluated) {
    return <p className="step__intro">Create or open a membership on the first tab to review it.</p>;
  }
  const { membership, evaluation } = evaluated;
  const target = membership.targetLevel;
  const verdict = verdictFor(evaluation, target);
  return (
    <section aria-labelledby="review-heading" className="step review">
      <h2 id="review-heading">Review</h2>
      <p className="step__intro">
        Every requirement for re-enrolling as {LEVEL_LABELS[target]}, as the rules read your data on the
        &quot;as of&quot; date. Each line links to the step where you fix it.
      </p>
      <div className="form__actions review__export">
        <ExportReportButton />
      </div>
      <div
        className={`card verdict verdict--${verdict.ready ? 'ready' : 'not-ready'}`}
        data-testid="review-verdict"
      >
        <p className="verdict__headline">{verdict.headline}</p>
        {verdict.reasons.length > 0 ? (
          <ul className="verdict__reasons">
            {verdict.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
        {evaluation.fallback ? (
          <p className="verdict__fallback" data-testid="review-fallback">
            <strong>Fallback: {LEVEL_LABELS[evaluation.fallback.level]}.</strong>{' '}
            {evaluation.fallback.message}
          </p>
        ) : null}
      </div>
      <ol className="review__list" aria-label="Requirements">
        {requirementsFor(evaluation, target).map((requirement) => (
          <ReviewLine key={requirement.id} requirement={requirement} target={target} />
        ))}
      </ol>
    </section>
  );
}

function ReviewLine({ requirement, target }: { readonly requirement: Requirement; readonly target: Level }) {
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const { section, step } = stepTargetOf(requirement.id, target);
  const title = requirement.title;
  return (
    <li className="review__line" data-requirement={requirement.id}>
      <div className="review__head">
        <StatusBadge status={requirement.status} />
        <h3 className="review__title">{title}</h3>
        {!requirement.blocking ? <span className="tag">Not blocking</span> : null}
      </div>
      <p className="review__detail">{requirement.detail}</p>
      {requirement.action ? (
        <p className="review__action">
          <strong>To do:</strong> {requirement.action}
          {requirement.dueOn ? ` — by ${formatDate(requirement.dueOn)}` : null}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--small review__link"
        aria-label={`Go to ${SECTION_LINK_LABELS[section] ?? section} to fix: ${title}`}
        onClick={() => sectionOpened(section, step, 'heading')}
      >
        Go to {SECTION_LINK_LABELS[section] ?? section}
      </button>
    </li>
  );
}
