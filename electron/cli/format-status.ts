/**
 * `reenroll status` as text (one aligned line per membership, for a person at a terminal) and as
 * CSV (one row per membership, for a spreadsheet). User text is stripped of control characters
 * on the terminal and formula-guarded in CSV.
 */
import { csvText, type CsvValue } from '../../shared/report/csv';
import { humanDate } from '../../shared/vocabulary/dates';
import { deadlineSummary } from '../../shared/vocabulary/deadlines';
import { DEADLINE_STATUS_LABELS, REQUIREMENT_LEVEL_LABELS } from '../../shared/vocabulary/labels';
import { READINESS_LABELS, windowPhrase } from '../../shared/status/status-labels';
import type { StatusRow } from '../../shared/status/status-row';
import { countsSentence, statusCounts } from '../../shared/status/status-view';
import { terminalSafe } from './format-evaluation-text';

function nextDeadlineText(row: StatusRow): string {
  const next = row.nextDeadline;
  if (!next) return 'nothing due';
  return `${humanDate(next.dueOn)} ${deadlineSummary(next)} (${DEADLINE_STATUS_LABELS[next.status]})`;
}

/** One line per membership, columns padded to the widest cell; then the counts. */
export function formatStatusText(asOf: string, rows: readonly StatusRow[]): string {
  const header = ['Organization', 'Location', 'Level', 'Window', 'Readiness', 'Gaps', 'Next deadline'];
  const cells = rows.map((row) => [
    terminalSafe(row.organization),
    terminalSafe(row.location ?? '—'),
    `${REQUIREMENT_LEVEL_LABELS[row.level]} → ${REQUIREMENT_LEVEL_LABELS[row.targetLevel]}`,
    windowPhrase(row.window, humanDate),
    READINESS_LABELS[row.readiness],
    String(row.blockingGaps.length),
    terminalSafe(nextDeadlineText(row)),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const counts = statusCounts(rows);
  return [
    `Workspace status as of ${humanDate(asOf)}: ${rows.length} membership${rows.length === 1 ? '' : 's'}; ${countsSentence(counts)}.`,
    '',
    line(header),
    ...cells.map(line),
    '',
  ].join('\n');
}

const CSV_HEADER = [
  'Membership ID',
  'Organization',
  'Location',
  'Partner ID',
  'Level',
  'Target level',
  'Window',
  'Days left',
  'Window opens',
  'Expires',
  'Ready',
  'Blocking gaps',
  'Blocking requirements',
  'Next deadline',
  'Next deadline kind',
  'Next deadline subject',
  'Next deadline status',
];

/** One CSV row per membership, with the header above. */
export function formatStatusCsv(rows: readonly StatusRow[]): string {
  const body = rows.map((row): CsvValue[] => [
    row.id,
    row.organization,
    row.location,
    row.partnerId,
    row.level,
    row.targetLevel,
    row.window.status,
    row.window.daysLeft,
    row.window.opensOn,
    row.window.expiresOn,
    row.ready,
    row.blockingGaps.length,
    row.blockingGaps.join('; '),
    row.nextDeadline?.dueOn,
    row.nextDeadline?.kind,
    row.nextDeadline?.subject,
    row.nextDeadline?.status,
  ]);
  return csvText([CSV_HEADER, ...body]);
}
