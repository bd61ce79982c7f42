/**
 * One list of deadlines in the wizard's virtualized table, sortable by any column; a row whose
 * date endangers a requirement has a button to the step that fixes it. Cells are one line:
 * long text is cut with an ellipsis and shown whole in its tooltip.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Level } from '../../../shared/interchange/fields';
import type { DeadlineKind } from '../../../shared/rules/types';
import { DEADLINE_STATUS_LABELS } from '../../../shared/vocabulary/labels';
import { indexItems, nextSort, viewItems, type SortSpec } from '../editors/list-view';
import { VirtualTable, type Column } from '../editors/VirtualTable';
import { relativeDays, spanOfDays } from '../../../shared/vocabulary/dates';
import { stepTargetOf } from '../review/requirement-targets';
import { useNavigation } from '../store/navigation-store';
import type { DeadlineRow } from './deadline-rows';
import { dateColumn } from '../editors/date-column';

/** Kinds in a word or two, so the column stays narrow; the full wording is the tooltip. */
const SHORT_KINDS: Readonly<Record<DeadlineKind, string>> = {
  'window-opens': 'Window opens',
  'enrollment-expires': 'Expiry',
  'certification-expires': 'Expires',
  'newer-exam-required': 'Newer exam',
  'reference-expires': 'Expires',
  'reference-request-by': 'Request by',
  'csat-12-month-edge': 'CSAT edge',
  'solution-expires': 'Expires',
  'rule-change': 'Rule change',
};

/** `60 days`, `today`, `3 days ago`, `17 years ago`: short enough for the column. */
export function daysLeftText(daysLeft: number): string {
  return daysLeft <= 0 ? relativeDays(daysLeft) : spanOfDays(daysLeft);
}

/** Text with its tooltip (the table cuts it after three lines); the tooltip may say more. */
const text = (value: string, tooltip = value): ReactNode => <span title={tooltip}>{value}</span>;

const WHEN: readonly Column<DeadlineRow>[] = [
  dateColumn('date', 'Date', '7.5rem', (r) => r.dueOn),
  {
    key: 'days',
    header: 'Days left',
    width: '6.5rem',
    cell: (r) => daysLeftText(r.daysLeft),
    sortValue: (r) => r.daysLeft,
  },
  {
    key: 'status',
    header: 'Status',
    width: '7rem',
    cell: (r) => (
      <span
        className={`deadline-status deadline-status--${r.status}`}
        title={DEADLINE_STATUS_LABELS[r.status]}
      >
        {DEADLINE_STATUS_LABELS[r.status]}
      </span>
    ),
    sortValue: (r) => r.status,
  },
  {
    key: 'endangers',
    header: 'Endangers',
    cell: (r) => (r.endangersTitle ? text(r.endangersShortTitle ?? r.endangersTitle, r.endangersTitle) : '—'),
    sortValue: (r) => r.endangersShortTitle ?? '',
  },
];

const kindColumn: Column<DeadlineRow> = {
  key: 'kind',
  header: 'Deadline',
  width: '9%',
  cell: (r) => text(SHORT_KINDS[r.kind], r.kindLabel),
  sortValue: (r) => r.kindLabel,
};

export const MCP_COLUMNS: readonly Column<DeadlineRow>[] = [
  { key: 'who', header: 'Professional', width: '13%', cell: (r) => text(r.who), sortValue: (r) => r.who },
  { key: 'what', header: 'Certification', width: '19%', cell: (r) => text(r.what), sortValue: (r) => r.what },
  kindColumn,
  ...WHEN,
];

export const OTHER_COLUMNS: readonly Column<DeadlineRow>[] = [
  { key: 'who', header: 'About', width: '30%', cell: (r) => text(r.who), sortValue: (r) => r.who },
  kindColumn,
  ...WHEN,
];

/** The membership each row belongs to, for the "all memberships" tables. */
export const MEMBERSHIP_COLUMN: Column<DeadlineRow> = {
  key: 'membership',
  header: 'Membership',
  width: '17%',
  cell: (r) => text(r.membership),
  sortValue: (r) => r.membership,
};

interface DeadlineTableProps {
  readonly label: string;
  readonly rows: readonly DeadlineRow[];
  readonly columns: readonly Column<DeadlineRow>[];
  /** The open membership's target level, for its "Go to step" buttons. */
  readonly target?: Level;
  readonly testId: string;
  /** A row's own actions instead of "Go to step" (the "all memberships" rows open their membership). */
  readonly actions?: (row: DeadlineRow) => ReactNode;
}

export function DeadlineTable({ label, rows, columns, target, testId, actions }: DeadlineTableProps) {
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const [sort, setSort] = useState<SortSpec | null>(null);
  const indexed = useMemo(() => indexItems(rows, () => ''), [rows]);
  const sortValue = columns.find((c) => c.key === sort?.column)?.sortValue ?? null;
  const view = useMemo(
    () => viewItems(indexed, '', sortValue, sort?.direction ?? 'ascending'),
    [indexed, sortValue, sort?.direction],
  );
  const onSort = (column: string) => setSort((s) => nextSort(s, column));
  return (
    <VirtualTable
      label={label}
      rows={view}
      columns={columns}
      rowKey={(r) => r.key}
      sort={sort}
      onSort={onSort}
      testId={testId}
      actions={(r) => {
        if (actions) return actions(r);
        if (!r.endangers || !target) return null;
        const step = stepTargetOf(r.endangers, target);
        return (
          <button
            type="button"
            className="button button--small"
            onClick={() => sectionOpened(step.section, step.step, 'heading')}
          >
            Go to step<span className="visually-hidden">: {r.endangersTitle}</span>
          </button>
        );
      }}
    />
  );
}
