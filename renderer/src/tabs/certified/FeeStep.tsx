/** Pay the fee for your country: paid, when, the amount and the currency. Autosaved as the feePaid step. */
import { feeFormSchema, feeFormValues } from '../../../../shared/forms/assessment';
import { CheckboxField, Field } from '../../components/Field';
import { useWorkspace } from '../../store/workspace-store';
import { RequirementCards } from '../../wizard/RequirementCard';
import { StepForm } from '../../wizard/StepForm';
import { useEvaluation } from '../../wizard/use-evaluation';
import { useStepForm } from '../../wizard/use-step-form';
import type { Membership } from '../../../../shared/interchange/schema';
import { DATE_INPUT } from '../../editors/date-input';

function FeeForm({ membership }: { readonly membership: Membership }) {
  const saved = useWorkspace((s) => s.saved);
  const stepForm = useStepForm({
    schema: feeFormSchema,
    defaultValues: feeFormValues(membership.steps.feePaid),
    save: (value) => saved('membership:save-step', { id: membership.id, step: 'feePaid', value }),
    problemPrefix: 'value.',
    formKey: 'fee',
  });
  const { register, formState } = stepForm.form;
  const errors = formState.errors;
  return (
    <StepForm step={stepForm} label="Fee">
      <CheckboxField label="The fee is paid" error={errors.done?.message}>
        <input type="checkbox" {...register('done')} />
      </CheckboxField>
      <div className="grid grid--4">
        <Field label="Amount" error={errors.amount?.message}>
          <input type="text" inputMode="decimal" {...register('amount')} />
        </Field>
        <Field label="Currency" hint="Three letters, like USD" error={errors.currency?.message}>
          <input
            type="text"
            className="input--code"
            maxLength={3}
            autoCapitalize="characters"
            {...register('currency')}
          />
        </Field>
        <Field label="Paid on" hint="YYYY-MM-DD, optional" error={errors.on?.message}>
          <input {...DATE_INPUT} {...register('on')} />
        </Field>
        <Field label="Note" hint="Optional: invoice or receipt number" error={errors.note?.message}>
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </StepForm>
  );
}

export function FeeStep() {
  const current = useWorkspace((s) => s.current);
  const evaluation = useEvaluation();
  if (!current || !evaluation) return null;
  const country = current.organization.country;
  return (
    <>
      <p className="step__intro">
        Pay the fee requirement for your country{country ? ` (${country})` : ''}, then record the amount and
        currency here.
      </p>
      <RequirementCards requirements={evaluation.requirements} ids={['gold.fee']} />
      <FeeForm membership={current} />
    </>
  );
}
