/**
 * Recognising a sheet's header row: case, spaces and punctuation are ignored, the synonyms of
 * DESIGN §9 count, unknown columns are listed (and ignored), a missing required column is a
 * problem naming it. The person may override the mapping column by column.
 */
import { columnsOf, type ColumnDef } from './columns';
import { cellText } from './cells';
import type { SheetCell, SheetList, SheetProblem, SheetTable } from './types';

/** `"Expires on"`, `"EXPIRES_ON"` and `"expires-on"` are the same header. */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** What each column of the sheet was recognised as: a column key, or null (ignored). */
export interface HeaderMapping {
  /** The header row's number in the spreadsheet. */
  readonly headerRow: number;
  /** Each sheet column's header text as the file writes it. */
  readonly headers: readonly string[];
  /** For each sheet column, the list column it fills, or null. */
  readonly keys: readonly (string | null)[];
}

/** The person's choices: sheet column index → list column key, or null to ignore it. */
export type MappingOverrides = Readonly<Record<number, string | null>>;

function keyOfHeader(list: SheetList, header: string): string | null {
  const wanted = normalizeHeader(header);
  if (wanted === '') return null;
  const match = columnsOf(list).find((c) =>
    [c.header, ...c.synonyms].some((name) => normalizeHeader(name) === wanted),
  );
  return match?.key ?? null;
}

/** How many of the list's columns a row's cells name. */
function recognised(list: SheetList, cells: readonly SheetCell[]): number {
  return cells.filter((cell) => keyOfHeader(list, cellText(cell)) !== null).length;
}

/**
 * The header is the first of the sheet's first ten rows that names the most of the list's
 * columns, so a title row above it (often merged across) is skipped.
 */
export function locateHeader(list: SheetList, table: SheetTable): number {
  let best = 0;
  let bestCount = 0;
  table.rows.slice(0, 10).forEach((row, index) => {
    const count = recognised(list, row.cells);
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/** Recognises the header row of `table` for `list`, applying the person's overrides. */
export function mapHeaders(
  list: SheetList,
  table: SheetTable,
  overrides: MappingOverrides = {},
): { readonly mapping: HeaderMapping; readonly problems: readonly SheetProblem[] } {
  const index = locateHeader(list, table);
  const headerRow = table.rows[index];
  if (headerRow === undefined) {
    return {
      mapping: { headerRow: 0, headers: [], keys: [] },
      problems: [{ row: 0, column: null, code: 'no-header', message: 'The sheet is empty.' }],
    };
  }
  const headers = headerRow.cells.map((cell) => cellText(cell).trim());
  const known = new Set(columnsOf(list).map((c) => c.key));
  const keys = headers.map((header, i) => {
    const override = overrides[i];
    if (override !== undefined) return override !== null && known.has(override) ? override : null;
    return keyOfHeader(list, header);
  });
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === null) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      problems.push({
        row: headerRow.row,
        column: headers[i] ?? '',
        code: 'duplicate-column',
        message: `Fills the same field as column "${headers[first] ?? ''}"; ignore one of them.`,
      });
  });
  for (const def of columnsOf(list).filter((c: ColumnDef) => c.required && !seen.has(c.key))) {
    problems.push({
      row: headerRow.row,
      column: def.header,
      code: 'missing-column',
      message: `The sheet has no "${def.header}" column, which is required.`,
    });
  }
  return { mapping: { headerRow: headerRow.row, headers, keys }, problems };
}

/** The sheet columns recognised as nothing, by header, for "ignored columns". */
export function unknownColumns(mapping: HeaderMapping): string[] {
  return mapping.headers.filter((h, i) => mapping.keys[i] === null && h !== '');
}
