/**
 * Column constraints the migrations share. Migrations are frozen once released, so these
 * fragments never change either: a new constraint is a new helper, used by a new migration.
 */

/** A nullable `YYYY-MM-DD` text column: the shape is checked here, the calendar by the schemas. */
export const dateCheck = (column: string): string =>
  `CHECK (${column} IS NULL OR (length(${column}) = 10 AND ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'))`;

/** A boolean stored as 0 or 1. */
export const boolCheck = (column: string): string => `CHECK (${column} IN (0, 1))`;

/** One of a fixed list of words. */
export const oneOf = (column: string, values: readonly string[]): string =>
  `CHECK (${column} IN (${values.map((value) => `'${value}'`).join(', ')}))`;

export const LEVEL_VALUES = ['registered', 'certified', 'gold'] as const;
