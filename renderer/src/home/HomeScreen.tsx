/**
 * The workspace home (DESIGN §5): every membership at once — window, readiness, blocking gaps,
 * next deadline — searchable, sortable and filterable, with the counts above the table.
 * Selecting a row opens that membership in the wizard.
 */
import { useMemo, useState } from 'react';
import type { StatusRow } from '../../../shared/status/status-row';
import {
  countsSentence,
  NO_FILTER,
  statusCounts,
  viewRows,
  type SortKey,
  type StatusFilter,
  type StatusSort,
} from '../../../shared/status/status-view';
import { useNavigation } from '../store/navigation-store';
import { useWorkspace } from '../store/workspace-store';
import { ExportReportButton } from '../export/ExportReportButton';
import { ConfirmDialog } from './ConfirmDialog';
import { HomeFilters } from './HomeFilters';
import { HomeTable } from './HomeTable';
import { RollForwardDialog } from './RollForwardDialog';
import { RowActions, type RowAction } from './RowActions';
import { rowName, useMembershipActions } from './use-membership-actions';
import { useWorkspaceStatus } from './use-workspace-status';
import { useUnsaved } from '../store/unsaved-store';
import { EvaluatingProgress, evaluatingShown } from '../progress/EvaluatingProgress';
import './home.css';

export function HomeScreen() {
  const { status, reload } = useWorkspaceStatus();
  const asOf = useWorkspace((s) => s.asOf);
  const membershipPicked = useWorkspace((s) => s.membershipPicked);
  const newMembershipStarted = useWorkspace((s) => s.newMembershipStarted);
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const contentReplaced = useNavigation((s) => s.contentReplaced);
  const leaveRequested = useUnsaved((s) => s.leaveRequested);
  const [filter, setFilter] = useState<StatusFilter>(NO_FILTER);
  const [sort, setSort] = useState<StatusSort>({ key: 'window', direction: 'ascending' });
  const [confirming, setConfirming] = useState<StatusRow | null>(null);
  const [rolling, setRolling] = useState<StatusRow | null>(null);
  const actions = useMembershipActions(reload);

  const all = status.state === 'ready' ? status.value.rows : null;
  const rows = useMemo(() => (all ? viewRows(all, filter, sort, asOf) : []), [all, filter, sort, asOf]);
  const shownIds = useMemo(() => rows.map((r) => r.id), [rows]);
  const counts = useMemo(() => (all ? statusCounts(all) : null), [all]);

  function onSort(key: SortKey) {
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  }

  function onAction(action: RowAction, row: StatusRow) {
    if (action === 'delete') setConfirming(row);
    else if (action === 'next-year') setRolling(row);
    else void actions.archive(row, action === 'archive');
  }

  function open(row: StatusRow) {
    // The wizard's frame shows at once, saying which membership is opening (OpeningMembership);
    // focus goes to the membership's heading once it is there.
    leaveRequested(() => {
      sectionOpened('overview');
      void membershipPicked(row.id).then(contentReplaced);
    });
  }

  return (
    <section aria-labelledby="home-heading" className="step home">
      <div className="home__top">
        <h2 id="home-heading" tabIndex={-1}>
          Workspace
        </h2>
        <button
          type="button"
          className="button"
          onClick={() =>
            leaveRequested(() => {
              newMembershipStarted();
              sectionOpened('overview', null, 'heading');
            })
          }
        >
          New membership
        </button>
      </div>
      {status.state !== 'failed' && evaluatingShown(status) ? (
        <EvaluatingProgress progress={status.progress} id="home-evaluating" />
      ) : null}
      {status.state === 'failed' ? <p role="alert">{status.message}</p> : null}
      {counts ? (
        <p className="home__counts" data-testid="home-counts">
          {counts.total} membership{counts.total === 1 ? '' : 's'}: {countsSentence(counts)}
          {counts.archived > 0 ? ` (${counts.archived} archived)` : ''}.
        </p>
      ) : null}
      <HomeFilters filter={filter} onChange={setFilter} />
      {rows.length > 0 && !filter.archived ? (
        <div className="form__actions home__exports">
          <ExportReportButton label={`Export report for these ${rows.length}…`} ids={shownIds} />
          <ExportReportButton
            label={`Calendar (ICS) for these ${rows.length}…`}
            initialFormat="ics"
            ids={shownIds}
          />
        </div>
      ) : null}
      <div aria-live="polite" className="home__notices">
        {actions.notice ? (
          <p className="home__notice">
            {actions.notice.message}{' '}
            {actions.notice.undo ? (
              <button type="button" className="button button--small" onClick={actions.notice.undo}>
                Undo
              </button>
            ) : null}
          </p>
        ) : null}
        {actions.error ? <p role="alert">{actions.error}</p> : null}
      </div>
      {all ? (
        <>
          <p className="home__shown" aria-live="polite">
            Showing {rows.length} of {filter.archived ? counts?.archived : counts?.total}
            {filter.archived ? ' archived' : ''}. Arrow keys move between rows; Enter opens one.
          </p>
          <HomeTable
            rows={rows}
            sort={sort}
            onSort={onSort}
            onOpen={open}
            actions={(row, tabIndex) => <RowActions row={row} tabIndex={tabIndex} onAction={onAction} />}
          />
        </>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={`Delete ${rowName(confirming)}?`}
          confirmLabel="Delete"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const row = confirming;
            setConfirming(null);
            void actions.remove(row);
          }}
        >
          <p>
            {rowName(confirming)} and everything recorded for it — competencies, MCPs, references, surveys and
            points — will be removed from this workspace. A backup is taken first, and you can undo while the
            app stays open.
          </p>
        </ConfirmDialog>
      ) : null}
      {rolling ? (
        <RollForwardDialog
          row={rolling}
          onCancel={() => setRolling(null)}
          onConfirm={(expiresOn) => {
            const row = rolling;
            setRolling(null);
            void actions.rollForward(row, expiresOn);
          }}
        />
      ) : null}
    </section>
  );
}
