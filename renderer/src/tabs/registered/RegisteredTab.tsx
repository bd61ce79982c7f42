/** Tab 2, "Registered Members: Re-enrollment": the seed's three steps, then the Action Pack assessment. */
import { useWorkspace } from '../../store/workspace-store';
import { REGISTERED_SECTION } from '../../wizard/requirement-steps';
import { useEvaluation } from '../../wizard/use-evaluation';
import { Wizard, type WizardStep } from '../../wizard/Wizard';
import { AssessmentStep } from './AssessmentStep';
import { NoMembership } from './NoMembership';
import { ProfileStep } from './ProfileStep';
import { SignInStep } from './SignInStep';
import { TermsStep } from './TermsStep';

/** The steps every level shares, in the seed's order. */
export const SHARED_STEPS: readonly WizardStep[] = [
  {
    key: 'sign-in',
    title: 'Sign in to the Partner Membership Center',
    requirementIds: ['steps.sign-in'],
    Component: SignInStep,
  },
  {
    key: 'profile',
    title: 'Complete, update or verify your profile',
    requirementIds: ['steps.profile'],
    Component: ProfileStep,
  },
  {
    key: 'terms',
    title: 'Agree to the terms and conditions',
    requirementIds: ['steps.terms-agreed'],
    Component: TermsStep,
  },
];

const STEPS: readonly WizardStep[] = [
  ...SHARED_STEPS,
  {
    key: 'assessment',
    title: 'Action Pack assessment',
    requirementIds: ['registered.maps-assessment'],
    Component: AssessmentStep,
  },
];

export function RegisteredTab() {
  const current = useWorkspace((s) => s.current);
  const creating = useWorkspace((s) => s.creating);
  const evaluation = useEvaluation();
  if (creating || !current || !evaluation) return <NoMembership />;
  return (
    <Wizard
      key={current.id}
      section={REGISTERED_SECTION}
      label="Registered Members: Re-enrollment"
      steps={STEPS}
      requirements={evaluation.requirements}
    />
  );
}
