/**
 * One list of deadlines in the wizard's virtualized table, sortable by any column; a row whose
 * date endangers a requirement has a button to the step that fixes it. Cells are one line:
 * long text is cut with an ellipsis and shown whole in its tooltip.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { Level } from '../../../shared/interchange/fields';
import type { DeadlineKind } from '../../../shared/rules/types';
import { DEADLINE_STATUS_LABELS, REQUIREMENT_TITLES } from '../../../shared/report/labels';
import { indexItems, viewItems, type SortSpec } from '../editors/list-view';
import { VirtualTable, type Column } from '../editors/VirtualTable';
import { formatDate } from '../format';
import { stepTargetOf } from '../review/requirement-targets';
import { useNavigation } from '../store/navigation-store';
import { REQUIREMENT_TITLES as SHORT_TITLES } from '../wizard/requirement-steps';
import type { DeadlineRow } from './deadline-rows';

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

/** `60 days`, `today`, `3 days ago`: short enough for the column. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  const n = Math.abs(daysLeft);
  const days = `${n.toLocaleString('en-US')} ${n === 1 ? 'day' : 'days'}`;
  return daysLeft > 0 ? days : `${days} ago`;
}

/** Up to two lines of text, cut with an ellipsis past that; the whole text is the tooltip. */
const text = (value: string, tooltip = value): ReactNode => (
  <span className="clamp-2" title={tooltip}>
    {value}
  </span>
);

const WHEN: readonly Column<DeadlineRow>[] = [
  { key: 'date', header: 'Date', width: '12%', cell: (r) => formatDate(r.dueOn), sortValue: (r) => r.dueOn },
  {
    key: 'days',
    header: 'Days left',
    width: '10%',
    cell: (r) => daysLeftText(r.daysLeft),
    sortValue: (r) => r.daysLeft,
  },
  {
    key: 'status',
    header: 'Status',
    width: '11%',
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
    cell: (r) => (r.endangers ? text(SHORT_TITLES[r.endangers], REQUIREMENT_TITLES[r.endangers]) : '—'),
    sortValue: (r) => (r.endangers ? SHORT_TITLES[r.endangers] : ''),
  },
];

const kindColumn: Column<DeadlineRow> = {
  key: 'kind',
  header: 'Deadline',
  width: '11%',
  cell: (r) => text(SHORT_KINDS[r.kind], r.kindLabel),
  sortValue: (r) => r.kindLabel,
};

export const MCP_COLUMNS: readonly Column<DeadlineRow>[] = [
  { key: 'who', header: 'Professional', width: '15%', cell: (r) => text(r.who), sortValue: (r) => r.who },
  { key: 'what', header: 'Certification', width: '14%', cell: (r) => text(r.what), sortValue: (r) => r.what },
  kindColumn,
  ...WHEN,
];

export const OTHER_COLUMNS: readonly Column<DeadlineRow>[] = [
  { key: 'who', header: 'About', width: '29%', cell: (r) => text(r.who), sortValue: (r) => r.who },
  kindColumn,
  ...WHEN,
];

interface DeadlineTableProps {
  readonly label: string;
  readonly rows: readonly DeadlineRow[];
  readonly columns: readonly Column<DeadlineRow>[];
  readonly target: Level;
  readonly testId: string;
}

export function DeadlineTable({ label, rows, columns, target, testId }: DeadlineTableProps) {
  const sectionOpened = useNavigation((s) => s.sectionOpened);
  const [sort, setSort] = useState<SortSpec | null>(null);
  const indexed = useMemo(() => indexItems(rows, () => ''), [rows]);
  const sortValue = columns.find((c) => c.key === sort?.column)?.sortValue ?? null;
  const view = useMemo(
    () => viewItems(indexed, '', sortValue, sort?.direction ?? 'ascending'),
    [indexed, sortValue, sort?.direction],
  );
  const onSort = (column: string) =>
    setSort((s) =>
      s?.column === column && s.direction === 'ascending'
        ? { column, direction: 'descending' }
        : { column, direction: 'ascending' },
    );
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
        if (!r.endangers) return null;
        const step = stepTargetOf(r.endangers, target);
        return (
          <button
            type="button"
            className="button button--small"
            onClick={() => sectionOpened(step.section, step.step)}
          >
            Go to step<span className="visually-hidden">: {REQUIREMENT_TITLES[r.endangers]}</span>
          </button>
        );
      }}
    />
  );
}
