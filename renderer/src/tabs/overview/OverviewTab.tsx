/**
 * Tab 1, "Time to Re-enroll?": pick or create the membership, see when the window opens and
 * whether the person preparing may re-enroll.
 */
import { emptyOverview } from '../../../../shared/forms/overview';
import { enrollmentWindow } from '../../../../shared/rules/window';
import { useEvaluationAfterPaint } from '../../wizard/use-evaluation';
import { useWorkspace } from '../../store/workspace-store';
import { useNavigation } from '../../store/navigation-store';
import { OverviewForm } from './OverviewForm';
import { overviewValuesOf } from './overview-values';
import { WindowCard } from './WindowCard';
import { AdministratorCard, AdministratorPending } from './AdministratorCard';
import { FirstRun } from '../../first-run/FirstRun';
import './overview.css';

export function OverviewTab() {
  const current = useWorkspace((s) => s.current);
  const creating = useWorkspace((s) => s.creating);
  const saved = useWorkspace((s) => s.saved);
  const membershipCreated = useWorkspace((s) => s.membershipCreated);
  const newMembershipCancelled = useWorkspace((s) => s.newMembershipCancelled);
  const contentReplaced = useNavigation((s) => s.contentReplaced);
  const hasMemberships = useWorkspace((s) => s.summaries.length > 0);
  const asOf = useWorkspace((s) => s.asOf);
  const ruleset = useWorkspace((s) => s.ruleset);

  // One cached evaluation per membership and date, shared with the other screens that read it;
  // a membership just opened is evaluated once this tab has painted.
  const evaluation = useEvaluationAfterPaint();
  const admin = evaluation?.requirements.find((r) => r.id === 'admin.global-program-administrator');
  // The window needs no evaluation (the evaluation's own is the same function of the same dates).
  const window =
    evaluation?.window ??
    (current && ruleset ? enrollmentWindow(current.enrollment.expiresOn, asOf, ruleset) : null);
  const windowDays = evaluation?.rules.windowDays ?? ruleset?.windowDays;

  if (creating || !current) {
    const form = (
      <section aria-labelledby="new-heading" className="step">
        <h2 id="new-heading">New membership</h2>
        <p className="step__intro">
          Enter the organization and location as the Membership Center lists them, and the date the enrollment
          expires.
        </p>
        <OverviewForm
          key="new"
          initial={emptyOverview}
          onAutosave={null}
          onCreate={async (overview) => {
            await membershipCreated(overview);
            // The form is replaced by the new membership's first tab: its heading takes focus.
            contentReplaced();
          }}
          {...(hasMemberships ? { onCancel: newMembershipCancelled } : {})}
        />
      </section>
    );
    // An empty workspace first offers the sample; "Start empty" leads to this same form.
    return hasMemberships ? form : <FirstRun>{form}</FirstRun>;
  }

  return (
    <section aria-labelledby="overview-heading" className="step">
      <h2 id="overview-heading">Time to Re-enroll?</h2>
      <p className="step__intro">
        {windowDays !== undefined
          ? `When ${windowDays} days or fewer are left in the enrollment, it is time to re-enroll at the level you want.`
          : null}
      </p>
      <div className="cards">
        {window ? <WindowCard window={window} /> : null}
        {admin ? <AdministratorCard requirement={admin} /> : evaluation ? null : <AdministratorPending />}
      </div>
      <OverviewForm
        key={current.id}
        initial={overviewValuesOf(current)}
        onAutosave={(overview) => saved('membership:save-overview', { id: current.id, overview })}
      />
    </section>
  );
}
