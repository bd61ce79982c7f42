/**
 * `reenroll export-sheet --db PATH --membership ID --list LIST --out FILE.csv|FILE.xlsx`: one list
 * under the headers import-sheet recognises, written through a temporary file and a rename.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHEET_LIST_LABELS } from '../../../shared/sheets/columns';
import { exportSheetRows } from '../../../shared/sheets/export-rows';
import { loadMembership } from '../../db/membership-read';
import { openWorkspace } from '../../db/open';
import { formatOfName, SheetFileError } from '../../sheets/sheet-file';
import { writeSheet } from '../../sheets/write-sheet';
import { CliInputError, EXIT_OK, type CliIo, type Command } from '../io';
import { requiredOption, type ParsedArgs } from '../args';
import { SHEET_OPTIONS, sheetTarget } from './sheet-args';

export const exportSheetCommand: Command = {
  spec: {
    name: 'export-sheet',
    summary: 'Export one list of a membership as CSV or XLSX, under the headers import-sheet reads.',
    positionals: [],
    options: {
      db: SHEET_OPTIONS.db,
      membership: SHEET_OPTIONS.membership,
      list: SHEET_OPTIONS.list,
      out: { value: 'FILE', required: true, help: 'The file to write: FILE.csv or FILE.xlsx.' },
      'backup-dir': SHEET_OPTIONS['backup-dir'],
    },
  },
  run: (args, io) => exportSheet(args, io),
};

async function exportSheet(args: ParsedArgs, io: CliIo): Promise<number> {
  const outName = requiredOption(args, 'out');
  let format;
  try {
    format = formatOfName(outName);
  } catch (error) {
    if (error instanceof SheetFileError) throw new CliInputError(`--out: ${error.message}`);
    throw error;
  }
  if (format === 'csv' && !outName.toLowerCase().endsWith('.csv')) {
    throw new CliInputError('--out: name the file .csv or .xlsx');
  }
  const target = sheetTarget(args, io.cwd);
  const db = openWorkspace(target.file, { backupDir: target.backupDir, now: io.now });
  let membership;
  try {
    membership = loadMembership(db, target.membershipId);
  } finally {
    db.close();
  }
  if (!membership)
    throw new CliInputError(`There is no membership with id "${target.membershipId}" in this workspace.`);
  const exported = exportSheetRows(target.list, membership);
  const bytes = await writeSheet(exported, format, SHEET_LIST_LABELS[target.list]);
  const out = resolve(io.cwd, outName);
  const temporary = `${out}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes, { flush: true });
  renameSync(temporary, out);
  io.stdout(`exported ${exported.rows.length} rows of ${SHEET_LIST_LABELS[target.list]} to ${out}\n`);
  return EXIT_OK;
}
