/** The competency and specialization chosen for this re-enrollment, autosaved with `membership:save-chosen`. */
import type { Competency, Membership } from '../../../../shared/interchange/schema';
import { chosenFormSchema } from '../../../../shared/forms/certified-steps';
import { OptionalCompetencyRow } from '../../editors/CompetencyPicker';
import { useWorkspace } from '../../store/workspace-store';
import { StepForm } from '../../wizard/StepForm';
import { useStepForm } from '../../wizard/use-step-form';

interface ChosenFormProps {
  readonly membership: Membership;
  readonly competencies: readonly Competency[];
}

export function ChosenForm({ membership, competencies }: ChosenFormProps) {
  const saved = useWorkspace((s) => s.saved);
  const stepForm = useStepForm({
    schema: chosenFormSchema,
    defaultValues: {
      competencyId: membership.chosen?.competencyId ?? '',
      specialization: membership.chosen?.specialization ?? '',
    },
    formKey: 'chosen',
    save: (chosen) => saved('membership:save-chosen', { id: membership.id, chosen }),
    problemPrefix: 'chosen.',
  });
  return (
    <StepForm step={stepForm} label="Chosen competency">
      <fieldset>
        <legend>Chosen for this re-enrollment</legend>
        <OptionalCompetencyRow form={stepForm.form} competencies={competencies} />
      </fieldset>
    </StepForm>
  );
}
