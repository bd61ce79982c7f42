/** A list as sheet rows under the headers an import recognises, so export → edit → import round-trips. */
import type { Membership } from '../interchange/schema';
import { adapterOf } from './adapters';
import { SHEET_LIST_TARGET, columnsOf } from './columns';
import type { SheetCell, SheetList } from './types';

export interface SheetExport {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
}

/** The header row and one row per exported line of `list` in this membership. */
export function exportSheetRows(
  list: SheetList,
  membership: Pick<
    Membership,
    'competencies' | 'professionals' | 'references' | 'csatSurveys' | 'otherPoints'
  >,
): SheetExport {
  const columns = columnsOf(list);
  const adapter = adapterOf(list);
  const items = membership[SHEET_LIST_TARGET[list]] as readonly { readonly id: string }[];
  const context = { competencies: membership.competencies };
  const rows = items.flatMap((item) =>
    adapter.rowsOf(item, context).map((cells) => columns.map((c) => cells[c.key] ?? null)),
  );
  return { headers: columns.map((c) => c.header), rows };
}

/** The export as a table an import reads (header row 1, data from row 2). */
export function exportAsTable(exported: SheetExport) {
  return {
    rows: [exported.headers, ...exported.rows].map((cells, i) => ({ row: i + 1, cells })),
  };
}
