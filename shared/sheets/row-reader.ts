/**
 * Reading the cells of one row by column key, each problem recorded on the row and the column's
 * header as the file writes it.
 */
import type { Competency } from '../interchange/schema';
import type { IsoDate } from '../dates';
import { readCount, readDate, readNames, readText, readYesNo, type CellReading } from './cells';
import type { HeaderMapping } from './headers';
import type { DateOrder, SheetCell, SheetProblem, SheetProblemCode, SheetRow } from './types';

/** What a list's conversion knows besides the sheet: the membership's competencies. */
export interface SheetContext {
  readonly competencies: readonly Competency[];
}

export interface RowReader {
  readonly row: number;
  /** True when the sheet has a column for `key`. */
  has(key: string): boolean;
  text(key: string): string | null;
  /** Text that must be there: a problem (and null) when blank. */
  required(key: string, what: string): string | null;
  date(key: string): IsoDate | null;
  yesNo(key: string, fallback: boolean): boolean;
  count(key: string): number | null;
  names(key: string): string[];
  /** The id of the competency named (by name or id) in `key`'s cell; null when blank or unknown. */
  competency(key: string, context: SheetContext): string | null;
  problem(key: string | null, code: SheetProblemCode, message: string): void;
}

/** A reader for each row, sharing the mapping, the date order and the problem list. */
export function rowReaders(
  mapping: HeaderMapping,
  order: DateOrder | null,
  problems: SheetProblem[],
): (row: SheetRow) => RowReader {
  const index = new Map<string, number>();
  mapping.keys.forEach((key, i) => {
    if (key !== null && !index.has(key)) index.set(key, i);
  });
  return (sheetRow) => {
    const cell = (key: string): SheetCell | undefined => {
      const i = index.get(key);
      return i === undefined ? undefined : (sheetRow.cells[i] ?? null);
    };
    const header = (key: string | null) =>
      key === null ? null : (mapping.headers[index.get(key) ?? -1] ?? key);
    const problem = (key: string | null, code: SheetProblemCode, message: string) => {
      problems.push({ row: sheetRow.row, column: header(key), code, message });
    };
    const take = <T>(key: string, reading: CellReading<T>, fallback: T): T => {
      if (reading.ok) return reading.value;
      problem(key, reading.code, reading.message);
      return fallback;
    };
    return {
      row: sheetRow.row,
      has: (key) => index.has(key),
      text: (key) => readText(cell(key)),
      required: (key, what) => {
        const value = readText(cell(key));
        if (value === null) problem(key, 'required', `${what} is missing.`);
        return value;
      },
      date: (key) => take(key, readDate(cell(key), order), null),
      yesNo: (key, fallback) => take(key, readYesNo(cell(key), fallback), fallback),
      count: (key) => take(key, readCount(cell(key)), null),
      names: (key) => readNames(cell(key)),
      competency: (key, context) => {
        const named = readText(cell(key));
        if (named === null) return null;
        const found =
          context.competencies.find((c) => c.id === named) ??
          context.competencies.find((c) => sameName(c.name, named));
        if (!found) problem(key, 'unknown-competency', `No competency "${named}" in this membership.`);
        return found?.id ?? null;
      },
      problem,
    };
  };
}

/** Names compared ignoring case and runs of spaces. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** A name as compared: lower case, single spaces, trimmed. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
