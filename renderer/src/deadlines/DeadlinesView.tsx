/**
 * The deadlines of the open membership: MCP certification deadlines first (who, which
 * certification, which date, days remaining, status, what it endangers), then every other
 * dated obligation. Both lists are virtualized: a membership may hold thousands of MCPs.
 */
import { useId, useMemo, useState, type ComponentProps } from 'react';
import { useMembershipEvaluation } from '../review/use-membership-evaluation';
import { deadlineGroups, filterRows, type DeadlineFilter } from './deadline-rows';
import { DeadlineTable, MCP_COLUMNS, OTHER_COLUMNS } from './DeadlineTable';
import { ExportReportButton } from '../export/ExportReportButton';
import './deadlines.css';

/** The filter choices; "soon" is the evaluation's ruleset horizon. */
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
  const evaluated = useMembershipEvaluation();
  const [filter, setFilter] = useState<DeadlineFilter>('all');
  const deadlines = evaluated?.evaluation.deadlines;
  const requirements = evaluated?.evaluation.requirements;
  const groups = useMemo(
    () => (deadlines && requirements ? deadlineGroups(deadlines, requirements) : null),
    [deadlines, requirements],
  );
  if (!groups || !evaluated) {
    return <p className="step__intro">Create or open a membership on the first tab to see its deadlines.</p>;
  }
  const { soonDays } = evaluated.evaluation.rules.deadlines;
  const mcp = filterRows(groups.mcp, filter, soonDays);
  const other = filterRows(groups.other, filter, soonDays);
  return (
    <section aria-labelledby="deadlines-heading" className="step deadlines">
      <h2 id="deadlines-heading">Deadlines</h2>
      <p className="step__intro">
        Every dated obligation of this membership as of the chosen date. MCP certifications come first: a
        professional whose certification lapses before the enrollment expires can cost the Gold level.
      </p>
      <div className="form__actions deadlines__export">
        <ExportReportButton label="Add to calendar (ICS)…" initialFormat="ics" />
        <ExportReportButton label="Export deadlines (CSV)…" initialFormat="csv" />
      </div>
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
      <DeadlineGroup
        heading="MCP certifications"
        label="MCP certification deadlines"
        rows={mcp}
        columns={MCP_COLUMNS}
        target={evaluated.membership.targetLevel}
        testId="deadlines-mcp"
        filtered={filter !== 'all'}
      />
      <DeadlineGroup
        heading="Other deadlines"
        label="Other deadlines"
        rows={other}
        columns={OTHER_COLUMNS}
        target={evaluated.membership.targetLevel}
        testId="deadlines-other"
        filtered={filter !== 'all'}
      />
    </section>
  );
}

interface DeadlineGroupProps extends ComponentProps<typeof DeadlineTable> {
  readonly heading: string;
  readonly filtered: boolean;
}

/** A heading with the row count, then the table, or a sentence when there is nothing to show. */
function DeadlineGroup({ heading, filtered, ...table }: DeadlineGroupProps) {
  return (
    <>
      <h3>
        {heading} ({table.rows.length.toLocaleString('en-US')})
      </h3>
      {table.rows.length > 0 ? (
        <DeadlineTable {...table} />
      ) : (
        <p className="empty">None{filtered ? ' match this filter' : ''}.</p>
      )}
    </>
  );
}
