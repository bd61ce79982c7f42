/** Per level (Registered, Certified, Gold): qualifies or not, the gaps, and the fallback path. */
import { REQUIREMENT_STATUS_LABELS } from '../../../../shared/vocabulary/labels';
import type { MembershipEvaluation } from '../../../../shared/rules/types';
import type { Level } from '../../../../shared/interchange/fields';
import { formatDate } from '../../format';
import { LEVEL_LABELS } from '../../../../shared/vocabulary/labels';
import { stepTargetOf } from '../../review/requirement-targets';
import { useNavigation } from '../../store/navigation-store';
import { levelStandings } from './qualification-levels';

interface QualificationsPanelProps {
  readonly evaluation: MembershipEvaluation;
  readonly target: Level;
}

export function QualificationsPanel({ evaluation, target }: QualificationsPanelProps) {
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  return (
    <>
      <div className="cards qualifications">
        {levelStandings(evaluation).map(({ level, qualifies, gaps }) => (
          <section
            key={level}
            className={`card qualification qualification--${qualifies ? 'yes' : 'no'}`}
            aria-labelledby={`qualification-${level}`}
            data-testid={`qualification-${level}`}
          >
            <h4 id={`qualification-${level}`}>
              {LEVEL_LABELS[level]}
              {level === target ? <span className="tag">Your target</span> : null}
            </h4>
            <p className="qualification__verdict">{qualifies ? 'Qualifies' : 'Does not qualify yet'}</p>
            {gaps.length === 0 ? (
              <p className="card__note">No qualification gaps.</p>
            ) : (
              <ul className="gaps">
                {gaps.map((gap) => {
                  const step = stepTargetOf(gap.requirementId, level);
                  return (
                    <li key={gap.requirementId}>
                      <span className="gaps__title">
                        {gap.title} ({REQUIREMENT_STATUS_LABELS[gap.status].toLowerCase()})
                      </span>
                      <span className="gaps__action">
                        {gap.action}
                        {gap.dueOn ? ` By ${formatDate(gap.dueOn)}.` : ''}
                      </span>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => sectionOpened(step.section, step.step, 'heading')}
                      >
                        Open the step
                        <span className="visually-hidden">: {gap.title}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>
      {evaluation.fallback ? (
        <p className="card fallback" data-testid="qualification-fallback">
          <strong>Fallback: {LEVEL_LABELS[evaluation.fallback.level]}.</strong> {evaluation.fallback.message}
        </p>
      ) : null}
    </>
  );
}
