/**
 * Complete, update or verify the profile: what the first tab holds (and what is missing from
 * it), the other profile fields, and the confirmation that the profile was verified.
 */
import type { Membership } from '../../../../shared/interchange/schema';
import { useNavigation } from '../../store/navigation-store';
import { useWorkspace } from '../../store/workspace-store';
import { RequirementCards } from '../../wizard/RequirementCard';
import { useEvaluation } from '../../wizard/use-evaluation';
import { ManualStepForm } from './ManualStepForm';
import { ProfileForm } from './ProfileForm';
import './profile.css';

function firstTabFacts(m: Membership): readonly { label: string; value: string | null }[] {
  return [
    { label: 'Organization name', value: m.organization.name },
    { label: 'Country', value: m.organization.country },
    { label: 'Primary contact name', value: m.contacts.primaryProgramContact.name },
    { label: 'Primary contact email', value: m.contacts.primaryProgramContact.email },
  ];
}

export function ProfileStep() {
  const current = useWorkspace((s) => s.current);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const evaluation = useEvaluation();
  if (!current || !evaluation) return null;
  const facts = firstTabFacts(current);
  const missing = facts.filter((f) => f.value === null);
  return (
    <>
      <p className="step__intro">
        Complete, update or verify your profile in the Partner Membership Center: organization name, address,
        country and phone, and the primary contact&apos;s name and email.
      </p>
      <RequirementCards requirements={evaluation.requirements} ids={['steps.profile']} />
      <section className="card profile-facts" aria-labelledby="profile-facts-heading">
        <h3 id="profile-facts-heading">From &ldquo;Time to Re-enroll?&rdquo;</h3>
        <dl className="checklist">
          {facts.map((fact) => (
            <div key={fact.label} className={fact.value === null ? 'checklist__missing' : undefined}>
              <dt>{fact.label}</dt>
              <dd>{fact.value ?? 'Missing'}</dd>
            </div>
          ))}
        </dl>
        <p>
          {missing.length > 0
            ? `Missing: ${missing.map((f) => f.label.toLowerCase()).join(', ')}. `
            : 'These are complete. '}
          <button
            type="button"
            className="button button--small"
            onClick={() => sectionOpened('overview', null, 'heading')}
          >
            Edit them on Time to Re-enroll?
          </button>
        </p>
      </section>
      <ProfileForm membership={current} />
      <ManualStepForm
        step="profileVerified"
        formLabel="Profile verified"
        confirm="I verified the profile in the Partner Membership Center"
      />
    </>
  );
}
