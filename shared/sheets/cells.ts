/**
 * Reading one cell as the column's kind needs — text, date, yes/no, a count, a list of names —
 * with a sentence for each way it can be wrong. The sentence names the value, never a guess.
 */
import type { IsoDate } from '../dates';
import { readDateText } from './sheet-dates';
import type { DateOrder, SheetCell, SheetProblemCode } from './types';

export type CellReading<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: SheetProblemCode; readonly message: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const bad = (code: SheetProblemCode, message: string): CellReading<never> => ({ ok: false, code, message });

/** A cell as the text a person sees in it. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return cell.date;
}

/** True when the cell holds nothing but spaces. */
export function isBlank(cell: SheetCell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Text, trimmed; null when blank. */
export function readText(cell: SheetCell | undefined): string | null {
  if (cell === undefined || isBlank(cell)) return null;
  return cellText(cell as SheetCell).trim();
}

/** A date cell, ISO text, or day/month text in the stated order; null when blank. */
export function readDate(cell: SheetCell | undefined, order: DateOrder | null): CellReading<IsoDate | null> {
  if (cell === undefined || isBlank(cell)) return ok(null);
  if (typeof cell === 'object' && cell !== null) return ok(cell.date);
  const text = cellText(cell).trim();
  const reading = readDateText(text, order);
  if (reading.ok) return ok(reading.date);
  return reading.code === 'date-order-needed'
    ? bad(
        'date-order-needed',
        `${text} could be day/month or month/day: say which order this sheet writes dates in.`,
      )
    : bad('not-a-date', `${text} is not a date`);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes/no (also y/n, true/false, 1/0, x); `fallback` when blank. */
export function readYesNo(cell: SheetCell | undefined, fallback: boolean): CellReading<boolean> {
  if (cell === undefined || isBlank(cell)) return ok(fallback);
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell as SheetCell).trim();
  const word = text.toLowerCase();
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return bad('not-yes-no', `${text} is not yes or no`);
}

/** A whole number from 0 to 1,000,000; null when blank. */
export function readCount(cell: SheetCell | undefined): CellReading<number | null> {
  if (cell === undefined || isBlank(cell)) return ok(null);
  const text = cellText(cell as SheetCell).trim();
  const value = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) {
    return bad('not-a-number', `${text} is not a whole number from 0 to 1,000,000`);
  }
  return ok(value);
}

/** Names separated by `;` or `|`, trimmed, blanks dropped. */
export function readNames(cell: SheetCell | undefined): string[] {
  const text = readText(cell);
  if (text === null) return [];
  return text
    .split(/[;|]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
