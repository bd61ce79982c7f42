/**
 * A manual step the preparer confirms (signed in, profile verified, terms agreed or signed):
 * done, on which date, and a note. Autosaves through `membership:save-step`.
 */
import { manualStepFormSchema } from '../../../../shared/forms/steps';
import type { STEP_NAMES } from '../../../../shared/ipc/contract';
import type { ManualStep } from '../../../../shared/interchange/schema';
import { CheckboxField, Field } from '../../components/Field';
import { useWorkspace } from '../../store/workspace-store';
import { StepForm } from '../../wizard/StepForm';
import { useStepForm } from '../../wizard/use-step-form';
import { DATE_INPUT } from '../../editors/date-input';

interface ManualStepFormProps {
  readonly step: (typeof STEP_NAMES)[number];
  /** What the checkbox confirms, in the first person. */
  readonly confirm: string;
  readonly formLabel: string;
}

function valuesOf(step: ManualStep) {
  return { done: step.done, on: step.on ?? '', note: step.note ?? '' };
}

export function ManualStepForm({ step, confirm, formLabel }: ManualStepFormProps) {
  const current = useWorkspace((s) => s.current);
  const saved = useWorkspace((s) => s.saved);
  const id = current?.id ?? '';
  const stepForm = useStepForm({
    schema: manualStepFormSchema,
    defaultValues: current ? valuesOf(current.steps[step]) : valuesOf({ done: false, on: null, note: null }),
    save: current ? (value) => saved('membership:save-step', { id, step, value }) : null,
    problemPrefix: 'value.',
    formKey: `step-${step}`,
  });
  const { register, formState } = stepForm.form;
  const errors = formState.errors;
  return (
    <StepForm step={stepForm} label={formLabel}>
      <CheckboxField label={confirm} error={errors.done?.message}>
        <input type="checkbox" {...register('done')} />
      </CheckboxField>
      <div className="grid grid--2">
        <Field label="Done on" hint="YYYY-MM-DD, optional" error={errors.on?.message}>
          <input {...DATE_INPUT} {...register('on')} />
        </Field>
        <Field label="Note" hint="Optional: who did it, a confirmation number" error={errors.note?.message}>
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </StepForm>
  );
}
