/**
 * Importing a sheet into one list of one membership (DESIGN §9): read the file or pasted text,
 * analyse it against the membership's current list, and — only when no problem remains — back
 * up and write the whole plan in ONE transaction. The list as it was is returned, so the import
 * can be undone as a whole.
 */
import type Database from 'better-sqlite3';
import type { EntityList } from '../../shared/ipc/contract';
import {
  analyzeSheet,
  type SheetAnalysis,
  type SheetOptions,
  type SheetPlan,
} from '../../shared/sheets/plan';
import { SHEET_LIST_TARGET } from '../../shared/sheets/columns';
import type { SheetList, SheetTable } from '../../shared/sheets/types';
import { backupDatabase, type BackupOptions } from '../db/backups';
import { deleteItem, LIST_SPECS, nextPosition, writeItem, type Item } from '../db/lists';
import { loadMembership } from '../db/membership-read';
import { unassignCompetency } from '../db/membership-write';
import { statement } from '../db/statements';
import { UserFacingError } from '../services/dispatch';
import type { CompetencyAssignments } from '../../shared/sheets/competency-undo';
import { compiled } from '../validation/compiled';
import { restoreAssignments } from './restore-assignments';
import { parseCsvText, decodeCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { checkMagic, checkSize, formatOfName, SheetFileError } from './sheet-file';

export type Progress = (done: number, total: number) => void;

/** Where the cells come from: a file's bytes (named, for its type), or pasted tab-separated text. */
export type SheetSource = { readonly name: string; readonly bytes: Uint8Array } | { readonly pasted: string };

/** The table of a file or of pasted cells; a wrong type or size is refused before parsing. */
export async function readSheet(
  source: SheetSource,
  options: { readonly sheetName?: string | undefined; readonly onProgress?: Progress | undefined } = {},
): Promise<SheetTable> {
  if ('pasted' in source) return parseCsvText(source.pasted, options.onProgress);
  const format = formatOfName(source.name);
  checkSize(source.name, source.bytes.length);
  checkMagic(source.name, format, source.bytes.subarray(0, 4));
  if (format === 'xlsx') return readXlsx(source.name, source.bytes, options.sheetName, options.onProgress);
  if (options.sheetName !== undefined) throw new SheetFileError('--sheet only applies to XLSX workbooks.');
  return parseCsvText(decodeCsv(source.name, source.bytes), options.onProgress);
}

/** The membership, or a sentence saying there is none. */
function membershipOf(db: Database.Database, membershipId: string) {
  const membership = loadMembership(db, membershipId);
  if (!membership)
    throw new UserFacingError(
      'not-found',
      `There is no membership with id "${membershipId}" in this workspace.`,
    );
  return membership;
}

/** What importing `table` into `list` would do, with every problem; writes nothing. */
export function analyzeImport(
  db: Database.Database,
  membershipId: string,
  list: SheetList,
  table: SheetTable,
  options: SheetOptions = {},
): SheetAnalysis {
  return analyzeSheet(list, table, membershipOf(db, membershipId), { validatorOf: compiled, ...options });
}

export interface AppliedImport {
  readonly backupPath: string;
  /** The list as it was before the import: give it to `restoreList` to undo. */
  readonly before: readonly { readonly id: string }[];
}

/** Deletes one item; a competency's links go with it and what pointed at it is unassigned. */
function removeItem(db: Database.Database, target: EntityList, membershipId: string, id: string): void {
  if (target === 'competencies') unassignCompetency(db, membershipId, id);
  deleteItem(db, target, membershipId, id);
}

/** Backs up, then writes the plan in one transaction; reports progress every 500 items. */
export function applyImport(
  db: Database.Database,
  membershipId: string,
  list: SheetList,
  plan: SheetPlan,
  options: BackupOptions & { readonly onProgress?: Progress | undefined },
): AppliedImport {
  const target = SHEET_LIST_TARGET[list];
  const before = membershipOf(db, membershipId)[target] as readonly { readonly id: string }[];
  const existing = new Set(before.map((item) => item.id));
  const backup = backupDatabase(db, { ...options, reason: 'before-import' });
  const total = plan.removals.length + plan.writes.length;
  db.transaction(() => {
    let done = 0;
    const tick = () => {
      done += 1;
      if (done % 500 === 0 || done === total) options.onProgress?.(done, total);
    };
    for (const id of plan.removals) {
      removeItem(db, target, membershipId, id);
      tick();
    }
    let position = nextPosition(db, target, membershipId);
    for (const item of plan.writes) {
      const fresh = !existing.has(item.id);
      writeItem(db, target, membershipId, item as Item<typeof target>, fresh ? position++ : 0, fresh);
      tick();
    }
  })();
  return { backupPath: backup.path, before };
}

/**
 * Puts `list` back to exactly `items` (in that order) in one transaction: "Undo import". For
 * competencies, `assignments` (what pointed at them before) is put back too.
 */
export function restoreList(
  db: Database.Database,
  membershipId: string,
  list: SheetList,
  items: readonly { readonly id: string }[],
  assignments: CompetencyAssignments | null = null,
): void {
  const target = SHEET_LIST_TARGET[list];
  const current = membershipOf(db, membershipId)[target] as readonly { readonly id: string }[];
  const keep = new Set(items.map((item) => item.id));
  const present = new Set(current.map((item) => item.id));
  const reposition = `UPDATE ${LIST_SPECS[target].table} SET position = ? WHERE membership_id = ? AND id = ?`;
  db.transaction(() => {
    for (const item of current) if (!keep.has(item.id)) removeItem(db, target, membershipId, item.id);
    items.forEach((item, index) => {
      writeItem(db, target, membershipId, item as Item<typeof target>, index, !present.has(item.id));
      statement(db, reposition).run(index, membershipId, item.id);
    });
    if (assignments) restoreAssignments(db, membershipId, assignments);
  })();
}
