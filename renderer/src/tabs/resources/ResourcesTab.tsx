/**
 * Tab 4, "Additional Resources": what the membership qualifies for per level, the points
 * estimator, the page's resources explained offline, the printable checklist, and the regional
 * service center contact.
 */
import { useWorkspace } from '../../store/workspace-store';
import { useNavigation } from '../../store/navigation-store';
import { useMembershipEvaluation } from '../../review/use-membership-evaluation';
import { useRuleset } from '../../wizard/use-evaluation';
import { PointsEstimator } from './PointsEstimator';
import { QualificationsPanel } from './QualificationsPanel';
import { ReenrollmentChecklist } from './ReenrollmentChecklist';
import { ResourceList } from './ResourceList';
import { ServiceCenter } from './ServiceCenterForm';
import type { ResourceAnchor } from './resources';
import './resources.css';

export function ResourcesTab() {
  const evaluated = useMembershipEvaluation();
  const ruleset = useRuleset();
  const asOf = useWorkspace((s) => s.asOf);
  const saved = useWorkspace((s) => s.saved);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const show = (anchor: ResourceAnchor) => {
    const heading = document.getElementById(`res-${anchor}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  };

  return (
    <div className="step resources">
      <h2>Additional Resources</h2>
      <p className="step__intro">
        Where you stand per level, a points what-if, the partner program&apos;s resources explained for
        offline use, a checklist to print, and your service center&apos;s contact.
      </p>
      {evaluated && ruleset ? (
        <>
          <section aria-labelledby="res-qualifications" className="resources__section">
            <h3 id="res-qualifications" tabIndex={-1}>
              See What Qualifications You Currently Meet
            </h3>
            <QualificationsPanel
              evaluation={evaluated.evaluation}
              target={evaluated.membership.targetLevel}
            />
          </section>
          <section aria-labelledby="res-estimator" className="resources__section">
            <h3 id="res-estimator" tabIndex={-1}>
              Partner Points Estimator
            </h3>
            <p className="step__intro">
              You earn {ruleset.points.perCompetency} points with each competency you attain, and{' '}
              {ruleset.points.firstCompetencyBonus} bonus points with the first. Try a change to see where it
              takes you.
            </p>
            <PointsEstimator
              key={evaluated.membership.id}
              membership={evaluated.membership}
              asOf={asOf}
              ruleset={ruleset}
            />
          </section>
        </>
      ) : (
        <p className="card__note">
          Open or create a membership on the first tab to see its qualifications, estimate points and print
          its checklist.
        </p>
      )}
      <section aria-labelledby="res-list" className="resources__section">
        <h3 id="res-list">Resources</h3>
        <ResourceList target={evaluated?.membership.targetLevel ?? 'registered'} onShow={show} />
      </section>
      {evaluated && ruleset ? (
        <section aria-labelledby="res-checklist" className="resources__section resources__checklist">
          <h3 id="res-checklist" tabIndex={-1}>
            Re-enrollment Checklist
          </h3>
          <ReenrollmentChecklist
            membership={evaluated.membership}
            evaluation={evaluated.evaluation}
            asOf={asOf}
          />
        </section>
      ) : null}
      <section aria-labelledby="res-help" className="resources__section">
        <h3 id="res-help" tabIndex={-1}>
          Still Need Help?
        </h3>
        <p>
          Consult the Microsoft Partner Program Guide for detailed requirements; the{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => sectionOpened('review', null, 'heading')}
          >
            Review page
          </button>{' '}
          shows how each requirement reads your data. If you still have questions, contact your regional
          service center.
        </p>
        <ServiceCenter onSave={(settings) => saved('settings:save', settings)} />
      </section>
    </div>
  );
}
