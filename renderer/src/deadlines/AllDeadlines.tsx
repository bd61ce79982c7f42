/**
 * The deadlines of every membership not archived (the "all memberships" choice): MCP
 * certifications first, each row naming its membership, by date; a row's button opens its
 * membership. Evaluated in the main process, which keeps each membership's part until it changes.
 */
import { useMemo } from 'react';
import { useChannel } from '../api/use-channel';
import { useWorkspace } from '../store/workspace-store';
import { ExportReportButton } from '../export/ExportReportButton';
import { deadlineGroups, type DeadlineFilter, type DeadlineRow } from './deadline-rows';
import { MCP_COLUMNS, MEMBERSHIP_COLUMN, OTHER_COLUMNS } from './DeadlineTable';
import { DeadlineLists } from './DeadlineLists';
import { EvaluatingProgress, evaluatingShown } from '../progress/EvaluatingProgress';

// The certification is a short code: its column gives the membership's name the room.
const NARROWER: Readonly<Record<string, string>> = { who: '10%', what: '10%', kind: '8%' };
const COLUMNS = {
  mcp: [
    MEMBERSHIP_COLUMN,
    ...MCP_COLUMNS.map((c) => (NARROWER[c.key] ? { ...c, width: NARROWER[c.key] } : c)),
  ],
  other: [MEMBERSHIP_COLUMN, ...OTHER_COLUMNS],
};

export function AllDeadlines({
  filter,
  onOpen,
}: {
  readonly filter: DeadlineFilter;
  readonly onOpen: (membershipId: string) => void;
}) {
  const asOf = useWorkspace((s) => s.asOf);
  const summaries = useWorkspace((s) => s.summaries);
  const lifecycle = useWorkspace((s) => s.lifecycle);
  const loaded = useChannel('workspace:deadlines', { asOf }, [asOf, summaries, lifecycle], {
    followProgress: true,
  });
  const value = loaded.state === 'ready' ? loaded.value : null;
  const groups = useMemo(() => (value ? deadlineGroups(value.deadlines, value.requirements) : null), [value]);
  const ids = useMemo(
    () => (value ? [...new Set(value.deadlines.map((d) => d.about.membership.id))] : []),
    [value],
  );
  if (loaded.state === 'failed') return <p role="alert">{loaded.message}</p>;
  const evaluating = evaluatingShown(loaded) ? (
    <EvaluatingProgress progress={loaded.progress} id="all-evaluating" />
  ) : null;
  if (!groups) return evaluating;
  const open = (r: DeadlineRow) => (
    <button type="button" className="button button--small" onClick={() => onOpen(r.membershipId)}>
      Open<span className="visually-hidden"> {r.membership}</span>
    </button>
  );
  return (
    <>
      {/* A refresh of more than one membership (a new asOf) says so above the rows it replaces. */}
      {evaluating}
      <div className="form__actions deadlines__export">
        <ExportReportButton label="Add all to calendar (ICS)…" initialFormat="ics" ids={ids} />
        <ExportReportButton label="Export all deadlines (CSV)…" initialFormat="csv" ids={ids} />
      </div>
      <DeadlineLists
        groups={groups}
        filter={filter}
        columns={COLUMNS}
        labelSuffix=" of all memberships"
        testIdPrefix="all-"
        actions={open}
      />
    </>
  );
}
