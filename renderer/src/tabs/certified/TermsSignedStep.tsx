/** Sign the terms and conditions (Gold Certified). */
import { ManualStepForm } from '../registered/ManualStepForm';
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';

export function TermsSignedStep() {
  const evaluation = useEvaluation();
  return (
    <>
      <p className="step__intro">
        Sign the Gold Certified Partner terms and conditions, then confirm it here.
      </p>
      {evaluation ? (
        <RequirementCards requirements={evaluation.requirements} ids={['gold.terms-signed']} />
      ) : null}
      <ManualStepForm
        step="termsSigned"
        formLabel="Terms signed"
        confirm="I signed the terms and conditions"
      />
    </>
  );
}
