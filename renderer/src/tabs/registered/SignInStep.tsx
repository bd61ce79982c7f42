/** Step 1 of every level: sign in to the Partner Membership Center. */
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import { ManualStepForm } from './ManualStepForm';

export function SignInStep() {
  const evaluation = useEvaluation();
  return (
    <>
      <p className="step__intro">
        Sign in to the Partner Membership Center with the account of the global program administrator. This
        app works offline, so it cannot sign in for you: do it in the browser, then confirm it here.
      </p>
      {evaluation ? (
        <RequirementCards requirements={evaluation.requirements} ids={['steps.sign-in']} />
      ) : null}
      <ManualStepForm
        step="signIn"
        formLabel="Sign in"
        confirm="I signed in to the Partner Membership Center"
      />
    </>
  );
}
