/**
 * The deadlines and the requirements as CSV (RFC 4180: CRLF line ends, fields quoted when they
 * hold a quote, comma or line break). A text cell that a spreadsheet would read as a formula
 * (starting with =, +, -, @, tab or CR, after any apostrophes) gets a leading apostrophe, so
 * the guard can be undone exactly on the way back in; numbers we compute are written as numbers.
 * Files start with a byte-order mark so that spreadsheets read them as UTF-8 ("Ciarán").
 */
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_LABELS,
  REQUIREMENT_LEVEL_LABELS,
  REQUIREMENT_STATUS_LABELS,
  REQUIREMENT_TITLES,
} from './labels';
import type { MembershipReport, Report } from './model-types';

export type CsvValue = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula (apostrophes before it included, so `'=1` is guarded too). */
export const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** Tells spreadsheets the file is UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** Undoes `csvCell`'s apostrophe on a text read back from a CSV this app wrote. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: formula-guarded when text, quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text after a byte-order mark, every line ending in CRLF. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

const MEMBERSHIP_COLUMNS = ['Organization', 'Location', 'Membership ID'];

function membershipCells(m: MembershipReport): CsvValue[] {
  return [m.organization.name, m.organization.location, m.id];
}

/** One row per deadline: subject, kind, date, days left, status and what it endangers. */
export function renderDeadlinesCsv(report: Report): string {
  const header = [...MEMBERSHIP_COLUMNS, 'Subject', 'Kind', 'Date', 'Days left', 'Status', 'Endangers'];
  const rows = report.memberships.flatMap((m) =>
    m.deadlines.map((d) => [
      ...membershipCells(m),
      d.subject,
      DEADLINE_KIND_LABELS[d.kind],
      d.dueOn,
      d.daysLeft,
      DEADLINE_STATUS_LABELS[d.status],
      d.endangers ? REQUIREMENT_TITLES[d.endangers] : null,
    ]),
  );
  return csvText([header, ...rows]);
}

/** One row per requirement with its status, detail and action. */
export function renderRequirementsCsv(report: Report): string {
  const header = [
    ...MEMBERSHIP_COLUMNS,
    'Requirement ID',
    'Requirement',
    'Level',
    'Kind',
    'Blocking',
    'Status',
    'Detail',
    'Action',
    'Due',
    'Actual',
    'Required',
  ];
  const rows = report.memberships.flatMap((m) =>
    m.requirements.map((r) => [
      ...membershipCells(m),
      r.id,
      r.title,
      REQUIREMENT_LEVEL_LABELS[r.level],
      r.kind,
      r.blocking,
      REQUIREMENT_STATUS_LABELS[r.status],
      r.detail,
      r.action,
      r.dueOn,
      r.actual,
      r.required,
    ]),
  );
  return csvText([header, ...rows]);
}
