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
import { CliInputError, EXIT_OK, type Command } from '../io';
import { SHEET_OPTIONS, sheetTarget, strictArgs, text } from './sheet-args';

const USAGE =
  'usage: reenroll export-sheet --db PATH --membership ID --list mcps|references|csat|competencies|other-points ' +
  '--out FILE.csv|FILE.xlsx';

export const exportSheetCommand: Command = async (argv, io) => {
  const { values, positionals } = strictArgs(argv, { ...SHEET_OPTIONS, out: { type: 'string' } }, USAGE);
  if (positionals.length > 0) throw new CliInputError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const outName = text(values, 'out');
  if (outName === undefined) throw new CliInputError(`--out FILE.csv|FILE.xlsx is required\n${USAGE}`);
  let format;
  try {
    format = formatOfName(outName);
  } catch (error) {
    if (error instanceof SheetFileError) throw new CliInputError(`--out: ${error.message}`);
    throw error;
  }
  if (format === 'csv' && !outName.toLowerCase().endsWith('.csv')) {
    throw new CliInputError(`--out: name the file .csv or .xlsx\n${USAGE}`);
  }
  const target = sheetTarget(values, io.cwd, USAGE);
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
};
