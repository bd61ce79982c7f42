/**
 * Filter and sort for the list editors, over thousands of rows: the search text of each item
 * is built once per list, and sorting compares precomputed keys.
 */
import { collatorCompare } from '../../../shared/text/collate';

export type SortValue = string | number;

export interface SortSpec {
  readonly column: string;
  readonly direction: 'ascending' | 'descending';
}

export interface Indexed<T> {
  readonly item: T;
  /** Lower-cased text a filter matches against. */
  readonly text: string;
}

/** Pairs each item with its lower-cased search text. */
export function indexItems<T>(items: readonly T[], searchText: (item: T) => string): Indexed<T>[] {
  return items.map((item) => ({ item, text: searchText(item).toLocaleLowerCase() }));
}

/** The items whose text holds every word of `filter`, sorted by `sortValue` when given. */
export function viewItems<T>(
  indexed: readonly Indexed<T>[],
  filter: string,
  sortValue: ((item: T) => SortValue) | null,
  direction: SortSpec['direction'],
): T[] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const kept =
    words.length === 0 ? indexed : indexed.filter((row) => words.every((w) => row.text.includes(w)));
  if (!sortValue) return kept.map((row) => row.item);
  const keyed = kept.map((row) => ({ item: row.item, key: sortValue(row.item) }));
  const sign = direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => sign * compare(a.key, b.key));
  return keyed.map((row) => row.item);
}

const byText = collatorCompare(undefined, { numeric: true, sensitivity: 'base' });

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byText(String(a), String(b));
}

/** The sort after a click on `column`'s head: ascending first, then the other way. */
export function nextSort(current: SortSpec | null, column: string): SortSpec {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}
