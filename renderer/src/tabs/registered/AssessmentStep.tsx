/**
 * The Microsoft Action Pack assessment: not needed to re-enroll, but a Registered Member needs
 * 70 % or more to order the Action Pack subscription (suspended for renewing subscribers).
 */
import { assessmentFormSchema, assessmentFormValues } from '../../../../shared/forms/assessment';
import { MPP_2009 } from '../../../../shared/rules/mpp2009';
import { Field } from '../../components/Field';
import { formatDate } from '../../format';
import { useWorkspace } from '../../store/workspace-store';
import { RequirementCards } from '../../wizard/RequirementCard';
import { StepForm } from '../../wizard/StepForm';
import { useEvaluation } from '../../wizard/use-evaluation';
import { useStepForm } from '../../wizard/use-step-form';
import { DATE_INPUT } from '../../editors/date-input';

const { passPercent, renewingWaivedThrough } = MPP_2009.maps;

export function AssessmentStep() {
  const current = useWorkspace((s) => s.current);
  const saved = useWorkspace((s) => s.saved);
  const evaluation = useEvaluation();
  const id = current?.id ?? '';
  const stepForm = useStepForm({
    schema: assessmentFormSchema,
    defaultValues: assessmentFormValues(current?.mapsAssessment ?? null),
    save: current ? (assessment) => saved('membership:save-assessment', { id, assessment }) : null,
    problemPrefix: 'assessment.',
    formKey: 'assessment',
  });
  if (!current || !evaluation) return null;
  const { register, formState } = stepForm.form;
  const errors = formState.errors;
  return (
    <>
      <p className="step__intro">
        As a Registered Member you can order a Microsoft Action Pack Subscription (MAPS) after you pass the
        online training and assessment with a score of {passPercent} percent or higher. The assessment does
        not block re-enrollment. For renewing subscribers it is suspended until late 2009 (through{' '}
        {formatDate(renewingWaivedThrough)}).
        {current.renewingSubscriber
          ? ' This membership is marked as a renewing subscriber on the first tab.'
          : ' This membership is not marked as a renewing subscriber on the first tab.'}
      </p>
      <RequirementCards requirements={evaluation.requirements} ids={['registered.maps-assessment']} />
      <StepForm step={stepForm} label="Action Pack assessment">
        <div className="grid grid--2">
          <Field
            label="Score (%)"
            hint={`${passPercent} % or more passes`}
            error={errors.scorePercent?.message}
          >
            <input type="text" inputMode="decimal" {...register('scorePercent')} />
          </Field>
          <Field label="Taken on" hint="YYYY-MM-DD, optional" error={errors.takenOn?.message}>
            <input {...DATE_INPUT} {...register('takenOn')} />
          </Field>
        </div>
      </StepForm>
      {current.mapsAssessment ? (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            stepForm.form.reset(assessmentFormValues(null));
            void saved('membership:save-assessment', { id, assessment: null });
          }}
        >
          Clear the recorded assessment
        </button>
      ) : null}
    </>
  );
}
