/**
 * The shapes a spreadsheet takes on its way in and out (DESIGN §9): cells as plain values, a
 * table with the row numbers a person sees in the spreadsheet, and problems as data.
 */
import type { IsoDate } from '../dates';

/** A calendar date that came from a real date cell (or a serial number in a date-formatted cell). */
export interface DateCell {
  readonly date: IsoDate;
}

/** One cell's value: formulas arrive as their cached result, never as the formula. */
export type SheetCell = string | number | boolean | DateCell | null;

/** One row of the sheet, numbered as the spreadsheet numbers it (1-based, header included). */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly SheetCell[];
}

/** Every non-empty row of a sheet, in order (empty rows are dropped; their numbers are not reused). */
export interface SheetTable {
  readonly rows: readonly SheetRow[];
}

/** The lists a spreadsheet can fill, by their CLI names. */
export const SHEET_LISTS = ['mcps', 'references', 'csat', 'competencies', 'other-points'] as const;
export type SheetList = (typeof SHEET_LISTS)[number];

/** How day/month text is read; without one, such text is a problem, never a guess. */
export type DateOrder = 'dmy' | 'mdy';

export type SheetProblemCode =
  | 'missing-column'
  | 'duplicate-column'
  | 'no-header'
  | 'required'
  | 'not-a-date'
  | 'date-order-needed'
  | 'not-a-number'
  | 'not-yes-no'
  | 'unknown-status'
  | 'unknown-competency'
  | 'specialization-without-competency'
  | 'conflicting-values'
  | 'duplicate-item'
  | 'invalid';

/** One thing wrong with the sheet, at a row (0 for the sheet as a whole) and column header. */
export interface SheetProblem {
  readonly row: number;
  readonly column: string | null;
  readonly code: SheetProblemCode;
  readonly message: string;
}

/** `row 14, column "Expires on": 31/02/2009 is not a date` — the line a person reads. */
export function describeSheetProblem(problem: SheetProblem): string {
  const where = problem.row > 0 ? `row ${problem.row}` : 'sheet';
  const column = problem.column === null ? '' : `, column "${problem.column}"`;
  return `${where}${column}: ${problem.message}`;
}
