/** Display formats. Dates stay `YYYY-MM-DD` in data; people read "30 Sep 2009". */
import { isIsoDate } from '../../shared/dates';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2009-09-30` → `30 Sep 2009`; anything else is shown as it is. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  if (!isIsoDate(date)) return date;
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
