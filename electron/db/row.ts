/**
 * Reading a column of a SQLite row with its type checked, instead of an `as` cast: a value of
 * the wrong type (a schema and code out of step) is an error naming the table and column, never
 * a wrong value passed on. STRICT tables make these checks cheap certainties.
 */
import {
  LEVELS,
  REFERENCE_STATUSES,
  type Level,
  type ReferenceStatus,
} from '../../shared/interchange/fields';

/** A row as better-sqlite3 returns it. */
export type Row = Readonly<Record<string, unknown>>;

/** The row of an aggregate query, which always returns one. */
export function oneRow(row: Row | undefined): Row {
  if (row === undefined) throw new Error('The query returned no row');
  return row;
}

function wrong(row: Row, column: string, expected: string): Error {
  return new Error(`Column ${column} holds ${JSON.stringify(row[column])}, expected ${expected}`);
}

export function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw wrong(row, column, 'text');
  return value;
}

export function textOrNull(row: Row, column: string): string | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw wrong(row, column, 'text or null');
  return value;
}

export function integer(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw wrong(row, column, 'an integer');
  return value;
}

export function integerOrNull(row: Row, column: string): number | null {
  const value = row[column];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') throw wrong(row, column, 'an integer or null');
  return value;
}

/** A boolean stored as 0 or 1 (`boolCheck` in the migrations). */
export function bool(row: Row, column: string): boolean {
  const value = row[column];
  if (value !== 0 && value !== 1) throw wrong(row, column, '0 or 1');
  return value === 1;
}

function member<T extends string>(values: readonly T[], row: Row, column: string): T {
  const value = row[column];
  const found = values.find((v) => v === value);
  if (found === undefined) throw wrong(row, column, `one of ${values.join(', ')}`);
  return found;
}

export const level = (row: Row, column: string): Level => member(LEVELS, row, column);

export const referenceStatus = (row: Row, column: string): ReferenceStatus =>
  member(REFERENCE_STATUSES, row, column);
