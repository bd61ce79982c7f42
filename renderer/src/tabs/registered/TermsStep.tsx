/** Agree to the Microsoft Partner Program terms and conditions (every level). */
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import { ManualStepForm } from './ManualStepForm';

export function TermsStep() {
  const evaluation = useEvaluation();
  return (
    <>
      <p className="step__intro">
        Read and agree to the Microsoft Partner Program terms and conditions in the Partner Membership Center,
        then confirm it here.
      </p>
      {evaluation ? (
        <RequirementCards requirements={evaluation.requirements} ids={['steps.terms-agreed']} />
      ) : null}
      <ManualStepForm
        step="termsAgreed"
        formLabel="Terms and conditions"
        confirm="I agreed to the Microsoft Partner Program terms and conditions"
      />
    </>
  );
}
