/**
 * Earn the qualifying Partner Points: the breakdown the rules computed (points per competency,
 * a bonus with the first, other ways) against the level's threshold, and the lists behind it;
 * every number from the evaluation's ruleset.
 */
import { CompetenciesEditor } from '../../editors/CompetenciesEditor';
import { OtherPointsEditor } from '../../editors/OtherPointsEditor';
import { useNavigation } from '../../store/navigation-store';
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import { usePartnerLevel } from './level-context';
import { pointsNeeded } from '../../../../shared/vocabulary/numbers';

/** Additional Resources holds the Partner Points Estimator. */
const RESOURCES_SECTION = 'resources';

export function PointsStep() {
  const level = usePartnerLevel();
  const evaluation = useEvaluation();
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  if (!evaluation) return null;
  const { perCompetency, firstCompetencyBonus } = evaluation.rules.points;
  const required = evaluation.rules.points[level];
  const { points } = evaluation;
  return (
    <>
      <p className="step__intro">
        Earn {required} qualifying Partner Points. You earn {perCompetency} points with each competency you
        attain; with your first competency you also receive {firstCompetencyBonus} bonus points. Other ways to
        earn points are listed below.{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => sectionOpened(RESOURCES_SECTION, null, 'heading')}
        >
          Try the Partner Points Estimator
        </button>
      </p>
      <RequirementCards
        requirements={evaluation.requirements}
        ids={[level === 'gold' ? 'gold.points' : 'certified.points']}
      />
      <table className="breakdown" aria-label="Partner points breakdown">
        <tbody>
          <tr>
            <th scope="row">Competencies attained × {perCompetency}</th>
            <td>{points.competencies}</td>
          </tr>
          <tr>
            <th scope="row">First competency bonus</th>
            <td>{points.bonus}</td>
          </tr>
          <tr>
            <th scope="row">Other ways</th>
            <td>{points.other}</td>
          </tr>
          <tr className="breakdown__total">
            <th scope="row">Total</th>
            <td data-testid="points-total">{pointsNeeded(points.total, required)}</td>
          </tr>
        </tbody>
      </table>
      {level === 'certified' ? <CompetenciesEditor /> : null}
      <OtherPointsEditor />
    </>
  );
}
