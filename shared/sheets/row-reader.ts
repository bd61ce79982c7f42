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

/** What every row's reader shares: the columns by key, the date order and the problem list. */
interface Shared {
  readonly index: ReadonlyMap<string, number>;
  readonly headers: readonly string[];
  readonly order: DateOrder | null;
  readonly problems: SheetProblem[];
}

/** One row's reader; a class so thousands of rows share its methods instead of closures. */
class SheetRowReader implements RowReader {
  constructor(
    private readonly shared: Shared,
    private readonly sheetRow: SheetRow,
  ) {}

  get row(): number {
    return this.sheetRow.row;
  }

  private cell(key: string): SheetCell | undefined {
    const i = this.shared.index.get(key);
    return i === undefined ? undefined : (this.sheetRow.cells[i] ?? null);
  }

  private take<T>(key: string, reading: CellReading<T>, fallback: T): T {
    if (reading.ok) return reading.value;
    this.problem(key, reading.code, reading.message);
    return fallback;
  }

  problem(key: string | null, code: SheetProblemCode, message: string): void {
    const column = key === null ? null : (this.shared.headers[this.shared.index.get(key) ?? -1] ?? key);
    this.shared.problems.push({ row: this.sheetRow.row, column, code, message });
  }

  has(key: string): boolean {
    return this.shared.index.has(key);
  }

  text(key: string): string | null {
    return readText(this.cell(key));
  }

  required(key: string, what: string): string | null {
    const value = readText(this.cell(key));
    if (value === null) this.problem(key, 'required', `${what} is missing.`);
    return value;
  }

  date(key: string): IsoDate | null {
    return this.take(key, readDate(this.cell(key), this.shared.order), null);
  }

  yesNo(key: string, fallback: boolean): boolean {
    return this.take(key, readYesNo(this.cell(key), fallback), fallback);
  }

  count(key: string): number | null {
    return this.take(key, readCount(this.cell(key)), null);
  }

  names(key: string): string[] {
    return readNames(this.cell(key));
  }

  competency(key: string, context: SheetContext): string | null {
    const named = readText(this.cell(key));
    if (named === null) return null;
    const found = competencyIdOf(context.competencies, named);
    if (found === null)
      this.problem(key, 'unknown-competency', `No competency "${named}" in this membership.`);
    return found;
  }
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
  const shared: Shared = { index, headers: mapping.headers, order, problems };
  return (sheetRow) => new SheetRowReader(shared, sheetRow);
}

interface CompetencyLookup {
  readonly ids: ReadonlySet<string>;
  readonly byName: ReadonlyMap<string, string>;
}

/** Built once per competency list, so a sheet of thousands of rows looks each name up in a map. */
const lookups = new WeakMap<readonly Competency[], CompetencyLookup>();

/** The id of the competency named `named` (its id, else its name); an id wins over a name. */
function competencyIdOf(competencies: readonly Competency[], named: string): string | null {
  let lookup = lookups.get(competencies);
  if (lookup === undefined) {
    const byName = new Map<string, string>();
    for (const c of competencies) if (!byName.has(nameKey(c.name))) byName.set(nameKey(c.name), c.id);
    lookup = { ids: new Set(competencies.map((c) => c.id)), byName };
    lookups.set(competencies, lookup);
  }
  return lookup.ids.has(named) ? named : (lookup.byName.get(nameKey(named)) ?? null);
}

/** Names compared ignoring case and runs of spaces. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** A name as compared: lower case, single spaces, trimmed. */
export function nameKey(name: string): string {
  const trimmed = name.trim();
  // Most names hold single plain spaces only: skip the replace (a new string) for those.
  return (SPACES_TO_FOLD.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed).toLowerCase();
}

/** A run of two white-space characters, or one that is not a plain space. */
const SPACES_TO_FOLD = /\s\s|[^\S ]/;
