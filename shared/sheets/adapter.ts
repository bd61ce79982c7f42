/**
 * What each list contributes to import and export: how rows become items (records holding only
 * the fields the sheet has columns for), which items are the same (DESIGN §9 "same item when"),
 * and how items become rows again under the same headers.
 */
import type { z } from 'zod';
import type { Membership } from '../interchange/schema';
import type { SheetTarget } from './columns';
import type { RowReader, SheetContext } from './row-reader';
import type { SheetCell, SheetList } from './types';

export type SheetItem<L extends SheetList> = Membership[SheetTarget<L>][number];

/** The fields of one item the sheet gave, and the rows they came from. */
export interface SheetRecord<T> {
  readonly key: string;
  readonly rows: readonly number[];
  readonly fields: Partial<Omit<T, 'id'>>;
}

export interface ListAdapter<T extends { readonly id: string }> {
  /** The rows (already read through `reader`) grouped into records; problems go to the readers. */
  readonly records: (rows: readonly RowReader[], context: SheetContext) => SheetRecord<T>[];
  /** The natural key of a stored item, comparable with a record's key. */
  readonly keyOf: (item: T) => string;
  /** A new item's fields before the sheet's are laid over them. */
  readonly blank: Omit<T, 'id'>;
  /** Lays a record's fields over the item it matches (default: field by field). */
  readonly combine?: (base: T, fields: Partial<Omit<T, 'id'>>, replace: boolean) => T;
  /** The interchange schema every resulting item must pass. */
  readonly schema: z.ZodType;
  /** The rows an item exports to, as cells by column key. */
  readonly rowsOf: (item: T, context: SheetContext) => Record<string, SheetCell>[];
}

/** Records with the same key as an earlier one are refused (`what` names the key in sentences). */
export function uniqueRecords<T>(
  records: readonly (SheetRecord<T> & { readonly reader: RowReader })[],
  what: string,
): SheetRecord<T>[] {
  const seen = new Map<string, number>();
  const out: SheetRecord<T>[] = [];
  for (const { reader, ...record } of records) {
    const first = seen.get(record.key);
    if (first !== undefined) {
      reader.problem(null, 'duplicate-item', `The same ${what} as row ${first}.`);
      continue;
    }
    seen.set(record.key, reader.row);
    out.push(record);
  }
  return out;
}

/** The name of a competency for a sheet cell: its name, or its id when it no longer exists. */
export function competencyName(id: string | null, context: SheetContext): string | null {
  if (id === null) return null;
  return context.competencies.find((c) => c.id === id)?.name ?? id;
}

/** A date as a sheet cell. */
export const dateCell = (date: string | null): SheetCell => (date === null ? null : { date });
