/** The home table's columns: what each shows, and the sort key behind its header. */
import type { ReactNode } from 'react';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_LABELS,
  REQUIREMENT_LEVEL_LABELS,
} from '../../../shared/vocabulary/labels';
import { READINESS_LABELS, windowPhrase } from '../../../shared/status/status-labels';
import type { StatusRow } from '../../../shared/status/status-row';
import type { SortKey } from '../../../shared/status/status-view';
import { formatDate } from '../format';
import { deadlineSummary } from '../../../shared/vocabulary/deadlines';
import { LEVEL_LABELS } from '../../../shared/vocabulary/labels';

export interface HomeColumn {
  readonly key: SortKey;
  readonly header: string;
  readonly width: string;
  readonly cell: (row: StatusRow) => ReactNode;
  /** The cell as one line of text, for its tooltip. */
  readonly title: (row: StatusRow) => string;
}

/** Short level names, for a table column (the vocabulary's). */
const SHORT_LEVEL = REQUIREMENT_LEVEL_LABELS;

function deadlineText(row: StatusRow): string {
  const next = row.nextDeadline;
  if (!next) return 'Nothing due';
  return `${formatDate(next.dueOn)} — ${deadlineSummary(next)} (${DEADLINE_STATUS_LABELS[next.status]})`;
}

export const HOME_COLUMNS: readonly HomeColumn[] = [
  {
    key: 'organization',
    header: 'Organization',
    width: '13%',
    cell: () => null,
    title: (r) => r.organization,
  },
  {
    key: 'location',
    header: 'Location',
    width: '8%',
    cell: (r) => r.location ?? '—',
    title: (r) => r.location ?? '',
  },
  {
    key: 'country',
    header: 'Country',
    width: '7%',
    cell: (r) => r.country ?? '—',
    title: (r) => r.country ?? '',
  },
  {
    key: 'level',
    header: 'Level',
    width: '10%',
    cell: (r) => `${SHORT_LEVEL[r.level]} → ${SHORT_LEVEL[r.targetLevel]}`,
    title: (r) => `${LEVEL_LABELS[r.level]} → ${LEVEL_LABELS[r.targetLevel]}`,
  },
  {
    key: 'window',
    header: 'Window',
    width: '13%',
    cell: (r) => (
      <span className={`home-window home-window--${r.window.status}`}>
        {windowPhrase(r.window, formatDate)}
      </span>
    ),
    title: (r) => windowPhrase(r.window, formatDate),
  },
  {
    key: 'readiness',
    header: 'Readiness',
    width: '9%',
    cell: (r) => (
      <span className={`home-badge home-badge--${r.readiness}`}>{READINESS_LABELS[r.readiness]}</span>
    ),
    title: (r) => READINESS_LABELS[r.readiness],
  },
  {
    key: 'gaps',
    header: 'Gaps',
    width: '5%',
    cell: (r) => String(r.blockingGaps.length),
    title: (r) => `${r.blockingGaps.length} blocking`,
  },
  {
    key: 'nextDeadline',
    header: 'Next deadline',
    width: '11%',
    cell: (r) =>
      r.nextDeadline ? (
        <>
          <span className={`deadline-status deadline-status--${r.nextDeadline.status}`}>
            {formatDate(r.nextDeadline.dueOn)}
          </span>{' '}
          {DEADLINE_KIND_LABELS[r.nextDeadline.kind]}
          <span className="visually-hidden"> ({DEADLINE_STATUS_LABELS[r.nextDeadline.status]})</span>
        </>
      ) : (
        <span className="empty">Nothing due</span>
      ),
    title: deadlineText,
  },
];
