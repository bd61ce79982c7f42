/**
 * The deadlines of the open membership, or of every membership: MCP certification deadlines
 * first (who, which certification, which date, days remaining, status, what it endangers), then
 * every other dated obligation. The lists are virtualized: a membership may hold thousands of MCPs.
 */
import { useId, useMemo, useState } from 'react';
import { useMembershipEvaluation } from '../review/use-membership-evaluation';
import { useWorkspace } from '../store/workspace-store';
import { useUnsaved } from '../store/unsaved-store';
import { useNavigation } from '../store/navigation-store';
import { deadlineGroups, type DeadlineFilter } from './deadline-rows';
import { MCP_COLUMNS, OTHER_COLUMNS } from './DeadlineTable';
import { DeadlineLists } from './DeadlineLists';
import { AllDeadlines } from './AllDeadlines';
import { ScopeSwitch, type DeadlineScope } from './ScopeSwitch';
import { ExportReportButton } from '../export/ExportReportButton';
import { useRuleset } from '../wizard/use-evaluation';
import './deadlines.css';

/** The filter choices; "soon" is the workspace ruleset's horizon. */
function filtersFor(soonDays: number): readonly { readonly value: DeadlineFilter; readonly label: string }[] {
  return [
    { value: 'all', label: 'All deadlines' },
    { value: 'soon', label: `Within ${soonDays} days` },
    { value: 'overdue', label: 'Overdue' },
    { value: 'before-expiry', label: 'Before the enrollment expires, endangering a requirement' },
  ];
}

export function DeadlinesView() {
  const filterId = useId();
  const membershipPicked = useWorkspace((s) => s.membershipPicked);
  const leaveRequested = useUnsaved((s) => s.leaveRequested);
  const contentReplaced = useNavigation((s) => s.contentReplaced);
  const [filter, setFilter] = useState<DeadlineFilter>('all');
  const [scope, setScope] = useState<DeadlineScope>('this');
  const soonDays = useRuleset()?.deadlines.soonDays ?? 0;
  return (
    <section aria-labelledby="deadlines-heading" className="step deadlines">
      <h2 id="deadlines-heading">Deadlines</h2>
      <p className="step__intro">
        Every dated obligation as of the chosen date. MCP certifications come first: a professional whose
        certification lapses before the enrollment expires can cost the Gold level.
      </p>
      <div className="deadlines__controls">
        <ScopeSwitch scope={scope} onChange={setScope} />
        <div className="field deadlines__filter">
          <label htmlFor={filterId}>Show</label>
          <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as DeadlineFilter)}>
            {filtersFor(soonDays).map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {scope === 'all' ? (
        <AllDeadlines
          filter={filter}
          onOpen={(id) =>
            leaveRequested(
              () =>
                void membershipPicked(id).then(() => {
                  setScope('this');
                  contentReplaced();
                }),
            )
          }
        />
      ) : (
        <MembershipDeadlines filter={filter} />
      )}
    </section>
  );
}

/** The open membership's deadlines. */
function MembershipDeadlines({ filter }: { readonly filter: DeadlineFilter }) {
  const evaluated = useMembershipEvaluation();
  const deadlines = evaluated?.evaluation.deadlines;
  const requirements = evaluated?.evaluation.requirements;
  const groups = useMemo(
    () => (deadlines && requirements ? deadlineGroups(deadlines, requirements) : null),
    [deadlines, requirements],
  );
  if (!groups || !evaluated) {
    return (
      <p className="step__intro">
        Open a membership on the Workspace tab to see its deadlines, or choose All memberships.
      </p>
    );
  }
  return (
    <>
      <div className="form__actions deadlines__export">
        <ExportReportButton label="Add to calendar (ICS)…" initialFormat="ics" />
        <ExportReportButton label="Export deadlines (CSV)…" initialFormat="csv" />
      </div>
      <DeadlineLists
        groups={groups}
        filter={filter}
        columns={{ mcp: MCP_COLUMNS, other: OTHER_COLUMNS }}
        labelSuffix=""
        testIdPrefix=""
        target={evaluated.membership.targetLevel}
      />
    </>
  );
}
