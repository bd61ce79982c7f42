/** Earn at least one Microsoft competency, and choose the competency and specialization to re-enroll with. */
import { CompetenciesEditor } from '../../editors/CompetenciesEditor';
import { useWorkspace } from '../../store/workspace-store';
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import { ChosenForm } from './ChosenForm';

export function CompetencyStep() {
  const current = useWorkspace((s) => s.current);
  const evaluation = useEvaluation();
  if (!current || !evaluation) return null;
  return (
    <>
      <p className="step__intro">
        Earn at least one Microsoft competency, then choose the competency and specialization this
        re-enrollment is for. The MCPs and references of the next steps are linked to that choice.
      </p>
      <RequirementCards requirements={evaluation.requirements} ids={['gold.competency']} />
      <CompetenciesEditor />
      {/* Re-mounted when the competencies change so the selects list the current ones. */}
      <ChosenForm
        key={current.competencies.map((c) => `${c.id}:${c.specializations.join('|')}`).join(',')}
        membership={current}
        competencies={current.competencies}
      />
    </>
  );
}
