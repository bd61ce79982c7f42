/**
 * The home screen's view of the status rows (DESIGN §5): search, filters, sort by any column and
 * the counts above the table. Pure and shared, so the CLI and the renderer filter alike.
 */
import { daysBetween, type IsoDate } from '../dates';
import type { Level } from '../interchange/constants';
import type { Readiness, StatusRow } from './status-row';
import { nameCompare } from '../text/collate';

export interface StatusFilter {
  /** Matched against organization, location and partner id, ignoring case and repeated spaces. */
  readonly query: string;
  readonly inWindow: boolean;
  /** Not open yet, and opening within this many days; null for no such filter. */
  readonly opensWithinDays: number | null;
  readonly notReady: boolean;
  readonly expired: boolean;
  /** The target level, or null for every level. */
  readonly level: Level | null;
  /** True shows only archived memberships; false hides them. */
  readonly archived: boolean;
}

export const NO_FILTER: StatusFilter = {
  query: '',
  inWindow: false,
  opensWithinDays: null,
  notReady: false,
  expired: false,
  level: null,
  archived: false,
};

export const SORT_KEYS = [
  'organization',
  'location',
  'country',
  'level',
  'window',
  'readiness',
  'gaps',
  'nextDeadline',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface StatusSort {
  readonly key: SortKey;
  readonly direction: 'ascending' | 'descending';
}

// toLowerCase is en-US's lower case (only Lithuanian, Turkish and Azeri differ) without the
// locale lookup through ICU that toLocaleLowerCase('en-US') costs on its first call.
function normalized(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when the row passes every filter that is set. */
export function matches(row: StatusRow, filter: StatusFilter, asOf: IsoDate): boolean {
  if (row.archived !== filter.archived) return false;
  if (filter.inWindow && row.window.status !== 'open') return false;
  if (filter.expired && row.window.status !== 'expired') return false;
  if (filter.notReady && row.ready) return false;
  if (filter.level !== null && row.targetLevel !== filter.level) return false;
  if (filter.opensWithinDays !== null) {
    if (row.window.status !== 'not-open') return false;
    if (daysBetween(asOf, row.window.opensOn) > filter.opensWithinDays) return false;
  }
  if (filter.query.trim() === '') return true;
  const query = normalized(filter.query);
  return [row.organization, row.location, row.partnerId].some(
    (field) => field !== null && normalized(field).includes(query),
  );
}

const LEVEL_RANK: Readonly<Record<Level, number>> = { registered: 0, certified: 1, gold: 2 };
const READINESS_RANK: Readonly<Record<Readiness, number>> = {
  ready: 0,
  'ready-with-risks': 1,
  'not-ready': 2,
};

type Compare = (a: StatusRow, b: StatusRow) => number;

const byName = nameCompare();

const text = (pick: (row: StatusRow) => string | null): Compare => {
  return (a, b) => {
    const x = pick(a);
    const y = pick(b);
    // Empty cells sort last whichever the direction would put first: handled by the caller.
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return byName(x, y);
  };
};

const COMPARE: Readonly<Record<SortKey, Compare>> = {
  organization: text((r) => r.organization),
  location: text((r) => r.location),
  country: text((r) => r.country),
  level: (a, b) =>
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || LEVEL_RANK[a.targetLevel] - LEVEL_RANK[b.targetLevel],
  window: (a, b) => a.window.daysLeft - b.window.daysLeft,
  readiness: (a, b) => READINESS_RANK[a.readiness] - READINESS_RANK[b.readiness],
  gaps: (a, b) => a.blockingGaps.length - b.blockingGaps.length,
  nextDeadline: text((r) => r.nextDeadline?.dueOn ?? null),
};

const tieBreak: Compare = (a, b) =>
  COMPARE.organization(a, b) || COMPARE.location(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The rows in the order asked; ties by organization, location, then id, so the order is stable. */
export function sortRows(rows: readonly StatusRow[], sort: StatusSort): StatusRow[] {
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || tieBreak(a, b));
}

/** The filtered rows, sorted. */
export function viewRows(
  rows: readonly StatusRow[],
  filter: StatusFilter,
  sort: StatusSort,
  asOf: IsoDate,
): StatusRow[] {
  return sortRows(
    rows.filter((row) => matches(row, filter, asOf)),
    sort,
  );
}

export interface StatusCounts {
  readonly total: number;
  readonly inWindow: number;
  readonly ready: number;
  /** Memberships with a deadline within the next 7 days (today included). */
  readonly deadlineThisWeek: number;
  readonly archived: number;
}

/** Counts over the memberships that are not archived. */
export function statusCounts(rows: readonly StatusRow[]): StatusCounts {
  let total = 0;
  let inWindow = 0;
  let ready = 0;
  let deadlineThisWeek = 0;
  let archived = 0;
  for (const row of rows) {
    if (row.archived) {
      archived += 1;
      continue;
    }
    total += 1;
    if (row.window.status === 'open') inWindow += 1;
    if (row.ready) ready += 1;
    if (row.nextDeadline !== null && row.nextDeadline.daysLeft <= 7) deadlineThisWeek += 1;
  }
  return { total, inWindow, ready, deadlineThisWeek, archived };
}

/** "12 in their window, 4 ready, 3 with a deadline this week". */
export function countsSentence(counts: StatusCounts): string {
  const window = counts.inWindow === 1 ? '1 in its window' : `${counts.inWindow} in their window`;
  return `${window}, ${counts.ready} ready, ${counts.deadlineThisWeek} with a deadline this week`;
}
