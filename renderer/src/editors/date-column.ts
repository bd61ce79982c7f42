/** A list column of dates: shown as people read them, sorted by the ISO date. */
import type { IsoDate } from '../../../shared/dates';
import { formatDate } from '../format';
import type { Column } from './VirtualTable';

/**
 * `empty` says where an item without a date sorts: `last` for an expiry (no date: never
 * expires), `first` for a date not yet known.
 */
export function dateColumn<T>(
  key: string,
  header: string,
  width: string,
  date: (item: T) => IsoDate | null,
  empty: 'first' | 'last' = 'first',
): Column<T> {
  const missing = empty === 'last' ? '9999-12-31' : '';
  return {
    key,
    header,
    width,
    cell: (item) => formatDate(date(item)),
    sortValue: (item) => date(item) ?? missing,
  };
}
