/**
 * Verify the chosen competency's other requirements are met and the account shows it: the
 * confirmation is stored on that competency (`otherRequirementsMet`).
 */
import { competencyOtherFormSchema } from '../../../../shared/forms/certified-steps';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import type { Competency } from '../../../../shared/interchange/schema';
import { CheckboxField } from '../../components/Field';
import { useNavigation } from '../../store/navigation-store';
import { useWorkspace } from '../../store/workspace-store';
import { RequirementCards } from '../../wizard/RequirementCard';
import { StepForm } from '../../wizard/StepForm';
import { useEvaluation } from '../../wizard/use-evaluation';
import { useStepForm } from '../../wizard/use-step-form';

function OtherRequirementsForm({
  membershipId,
  competency,
}: {
  membershipId: string;
  competency: Competency;
}) {
  const saved = useWorkspace((s) => s.saved);
  const stepForm = useStepForm({
    schema: competencyOtherFormSchema,
    defaultValues: { otherRequirementsMet: competency.otherRequirementsMet },
    save: ({ otherRequirementsMet }) =>
      saved('entity:save', {
        membershipId,
        list: 'competencies',
        item: { ...competency, otherRequirementsMet },
      } as ChannelInput<'entity:save'>),
    problemPrefix: 'item.',
    formKey: `competency-other-${competency.id}`,
  });
  return (
    <StepForm step={stepForm} label="Other competency requirements">
      <CheckboxField
        label={`The other requirements of ${competency.name} are met and our account reflects it`}
        error={stepForm.form.formState.errors.otherRequirementsMet?.message}
      >
        <input type="checkbox" {...stepForm.form.register('otherRequirementsMet')} />
      </CheckboxField>
    </StepForm>
  );
}

export function CompetencyOtherStep() {
  const current = useWorkspace((s) => s.current);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const evaluation = useEvaluation();
  if (!current || !evaluation) return null;
  const competency = current.competencies.find((c) => c.id === current.chosen?.competencyId) ?? null;
  return (
    <>
      <p className="step__intro">
        Verify that you have met any other requirements for the competency you have chosen and that your
        account reflects this status.
      </p>
      <RequirementCards requirements={evaluation.requirements} ids={['gold.competency-other']} />
      {competency ? (
        <OtherRequirementsForm key={competency.id} membershipId={current.id} competency={competency} />
      ) : (
        <p>
          No competency is chosen yet.{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => sectionOpened('certified', 'competency', 'heading')}
          >
            Choose one
          </button>
        </p>
      )}
    </>
  );
}
