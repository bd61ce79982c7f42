/** What a re-enrollment tab shows before a membership exists or while a new one is entered. */
import { useNavigation } from '../../store/navigation-store';

export function NoMembership() {
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  return (
    <section className="step" aria-labelledby="no-membership-heading">
      <h2 id="no-membership-heading">No membership open</h2>
      <p className="step__intro">
        Create or pick the membership on the first tab, then come back to these steps.
      </p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => sectionOpened('overview', null, 'heading')}
      >
        Go to Time to Re-enroll?
      </button>
    </section>
  );
}
