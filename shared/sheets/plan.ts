/**
 * From a sheet to the effect of importing it: the header mapping, every problem by row and
 * column, and — only when there is no problem — the list as it will be, with how many items are
 * added, updated, unchanged and (only when the person asked to replace the whole list) removed.
 */
import type { z } from 'zod';
import { ID_LISTS } from '../interchange/parse';
import type { Membership } from '../interchange/schema';
import { adapterOf } from './adapters';
import { SHEET_LIST_TARGET } from './columns';
import { mapHeaders, unknownColumns, type HeaderMapping, type MappingOverrides } from './headers';
import { rowReaders, type SheetContext } from './row-reader';
import type { DateOrder, SheetList, SheetProblem, SheetTable } from './types';

export interface SheetOptions {
  readonly overrides?: MappingOverrides;
  readonly dateOrder?: DateOrder | null;
  /** Remove the items the sheet does not hold (never the default). */
  readonly replace?: boolean;
  /**
   * The validator to check each resulting item with, given the list's schema: Node passes its
   * compiled clone (same verdicts and messages, a fraction of the time for thousands of rows).
   */
  readonly validatorOf?: (schema: z.ZodType) => z.ZodType;
}

export interface SheetPlan {
  /** The list after the import, in order: kept and updated items in place, new ones at the end. */
  readonly items: readonly { readonly id: string }[];
  /** The items to write (new or changed), and the ids of those to remove. */
  readonly writes: readonly { readonly id: string }[];
  readonly removals: readonly string[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly removed: number;
}

export interface SheetAnalysis {
  readonly mapping: HeaderMapping;
  readonly unknownColumns: readonly string[];
  readonly problems: readonly SheetProblem[];
  /** True when some day/month text waits for the person to say the date order. */
  readonly needsDateOrder: boolean;
  /** How many data rows the sheet has (after the header, empty rows not counted). */
  readonly rowCount: number;
  /** Null while any problem remains: nothing may be written. */
  readonly plan: SheetPlan | null;
}

/** Fresh ids `prefix-N` that are not taken, as the interchange parser numbers them. */
function idMaker(prefix: string, taken: ReadonlySet<string>): () => string {
  let n = taken.size + 1;
  // N only grows, so an id handed out is never handed out again: only the taken ones are checked.
  return () => {
    let id = `${prefix}-${n}`;
    while (taken.has(id)) id = `${prefix}-${(n += 1)}`;
    n += 1;
    return id;
  };
}

/** Reads `table` as `list` against the membership's current items. */
export function analyzeSheet(
  list: SheetList,
  table: SheetTable,
  membership: Pick<
    Membership,
    'competencies' | 'professionals' | 'references' | 'csatSurveys' | 'otherPoints'
  >,
  options: SheetOptions = {},
): SheetAnalysis {
  const { mapping, problems: headerProblems } = mapHeaders(list, table, options.overrides);
  const problems: SheetProblem[] = [...headerProblems];
  const data = table.rows.filter((r) => r.row > mapping.headerRow);
  const context: SheetContext = { competencies: membership.competencies };
  const adapter = adapterOf(list);
  const readers = data.map(rowReaders(mapping, options.dateOrder ?? null, problems));
  const records = headerProblems.length > 0 ? [] : adapter.records(readers, context);

  const current = membership[SHEET_LIST_TARGET[list]] as readonly { readonly id: string }[];
  const byKey = new Map<string, { readonly id: string }>();
  for (const item of current) if (!byKey.has(adapter.keyOf(item))) byKey.set(adapter.keyOf(item), item);
  const newId = idMaker(ID_LISTS[SHEET_LIST_TARGET[list]], new Set(current.map((i) => i.id)));
  const replace = options.replace ?? false;
  const schema = options.validatorOf?.(adapter.schema) ?? adapter.schema;
  const combine = adapter.combine ?? ((b, f) => ({ ...b, ...f }));

  const changed = new Map<string, { readonly id: string }>();
  const added: { readonly id: string }[] = [];
  const matched = new Set<string>();
  let unchanged = 0;
  for (const record of records) {
    const base = byKey.get(record.key);
    const item = base
      ? combine(base, record.fields, replace)
      : Object.assign({ id: newId() }, adapter.blank, record.fields);
    const checked = schema.safeParse(item);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      problems.push({
        row: record.rows[0] ?? 0,
        column: null,
        code: 'invalid',
        message: capital(issue?.message ?? 'Invalid.'),
      });
      continue;
    }
    if (base) {
      matched.add(base.id);
      if (JSON.stringify(item) === JSON.stringify(base)) unchanged += 1;
      else changed.set(base.id, item);
    } else {
      added.push(item);
    }
  }

  const analysis = {
    mapping,
    unknownColumns: unknownColumns(mapping),
    problems: problems.sort((a, b) => a.row - b.row),
    needsDateOrder: problems.some((p) => p.code === 'date-order-needed'),
    rowCount: data.length,
  };
  if (problems.length > 0) return { ...analysis, plan: null };
  const kept = current.filter((item) => !replace || matched.has(item.id));
  const items = [...kept.map((item) => changed.get(item.id) ?? item), ...added];
  return {
    ...analysis,
    plan: {
      items,
      writes: [...changed.values(), ...added],
      removals: replace ? current.filter((item) => !matched.has(item.id)).map((item) => item.id) : [],
      added: added.length,
      updated: changed.size,
      unchanged,
      removed: current.length - kept.length,
    },
  };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
