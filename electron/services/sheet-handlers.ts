/**
 * The spreadsheet channels over the workspace database: preview (writes nothing), commit (a
 * backup, then one transaction; refused while any problem remains), undo (the list as it was,
 * in one transaction), and export as CSV or XLSX.
 */
import type Database from 'better-sqlite3';
import type { Handlers } from '../../shared/ipc/contract';
import type { SheetRequest } from '../../shared/ipc/sheet-channels';
import { SHEET_LIST_LABELS } from '../../shared/sheets/columns';
import { exportSheetRows } from '../../shared/sheets/export-rows';
import { cellText } from '../../shared/sheets/cells';
import { describeSheetProblem } from '../../shared/sheets/types';
import type { BackupOptions } from '../db/backups';
import { loadMembership } from '../db/membership-read';
import { analyzeImport, applyImport, readSheet, restoreList } from '../sheets/import-sheet';
import { SheetFileError } from '../sheets/sheet-file';
import { writeSheet } from '../sheets/write-sheet';
import { UserFacingError } from './dispatch';

export type SheetHandlers = Pick<Handlers, 'sheet:preview' | 'sheet:commit' | 'sheet:undo' | 'sheet:export'>;

/** Rows shown in the preview: the first ones, and those with a problem. */
const FIRST_ROWS = 50;
const MAX_PREVIEW_ROWS = 300;

const MIME = {
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

async function analyze(db: Database.Database, request: SheetRequest) {
  const source =
    'pasted' in request.source
      ? { pasted: request.source.pasted }
      : { name: request.source.name, bytes: Buffer.from(request.source.base64, 'base64') };
  let table;
  try {
    table = await readSheet(source, { sheetName: request.sheetName ?? undefined });
  } catch (error) {
    if (error instanceof SheetFileError) throw new UserFacingError('validation', error.message);
    throw error;
  }
  const overrides = Object.fromEntries(Object.entries(request.overrides).map(([k, v]) => [Number(k), v]));
  const analysis = analyzeImport(db, request.membershipId, request.list, table, {
    overrides,
    dateOrder: request.dateOrder,
    replace: request.replace,
  });
  return { table, analysis };
}

function membership(db: Database.Database, id: string) {
  const found = loadMembership(db, id);
  if (!found) throw new UserFacingError('not-found', `There is no membership with id "${id}".`);
  return found;
}

export function createSheetHandlers(db: Database.Database, backup: BackupOptions): SheetHandlers {
  return {
    'sheet:preview': async (request) => {
      const { table, analysis } = await analyze(db, request);
      const withProblem = new Set(analysis.problems.map((p) => p.row));
      const rows = table.rows
        .filter((r, i) => r.row > analysis.mapping.headerRow && (i <= FIRST_ROWS || withProblem.has(r.row)))
        .slice(0, MAX_PREVIEW_ROWS)
        .map((r) => ({ row: r.row, cells: r.cells.map(cellText) }));
      const plan = analysis.plan;
      return {
        headerRow: analysis.mapping.headerRow,
        headers: analysis.mapping.headers,
        keys: analysis.mapping.keys,
        unknownColumns: analysis.unknownColumns,
        problems: analysis.problems,
        needsDateOrder: analysis.needsDateOrder,
        rowCount: analysis.rowCount,
        counts: plan && {
          added: plan.added,
          updated: plan.updated,
          unchanged: plan.unchanged,
          removed: plan.removed,
        },
        rows,
      };
    },
    'sheet:commit': async (request) => {
      const { analysis } = await analyze(db, request);
      if (analysis.plan === null) {
        const count = analysis.problems.length;
        throw new UserFacingError(
          'validation',
          `The sheet was not imported: ${count} problem${count === 1 ? '' : 's'} found. Nothing was changed.`,
          analysis.problems.map((p) => ({ path: `row ${p.row}`, message: describeSheetProblem(p) })),
        );
      }
      applyImport(db, request.membershipId, request.list, analysis.plan, backup);
      return membership(db, request.membershipId);
    },
    'sheet:undo': (request) => {
      const { membershipId, list, items } = request;
      membership(db, membershipId);
      restoreList(
        db,
        membershipId,
        list,
        items,
        request.list === 'competencies' ? request.assignments : null,
      );
      return membership(db, membershipId);
    },
    'sheet:export': async ({ membershipId, list, format }) => {
      const exported = exportSheetRows(list, membership(db, membershipId));
      const bytes = await writeSheet(exported, format, SHEET_LIST_LABELS[list]);
      return {
        fileName: `${list}-${membershipId}.${format}`,
        mimeType: MIME[format],
        base64: bytes.toString('base64'),
      };
    },
  };
}
