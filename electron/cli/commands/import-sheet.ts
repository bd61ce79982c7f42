/**
 * `reenroll import-sheet FILE --db PATH --membership ID --list LIST [--sheet NAME]
 * [--date-order dmy|mdy] [--dry-run] [--replace]` (DESIGN §8, §9): the whole sheet is checked
 * first; any problem exits 2 with one `row N, column "C": …` line per problem and nothing
 * written. Otherwise a backup, then one transaction. `--dry-run` prints the counts only.
 */
import { resolve } from 'node:path';
import { SHEET_LIST_LABELS } from '../../../shared/sheets/columns';
import { describeSheetProblem, type DateOrder } from '../../../shared/sheets/types';
import { openWorkspace } from '../../db/open';
import { UserFacingError } from '../../services/dispatch';
import { analyzeImport, applyImport, readSheet } from '../../sheets/import-sheet';
import { readSheetFile, SheetFileError } from '../../sheets/sheet-file';
import { CliInputError, EXIT_INVALID, EXIT_OK, type CliIo, type Command } from '../io';
import { option, type ParsedArgs } from '../args';
import { SHEET_OPTIONS, sheetTarget } from './sheet-args';

/** Sheets with more rows than this report their progress on stderr. */
const PROGRESS_FROM = 5000;

export const importSheetCommand: Command = {
  spec: {
    name: 'import-sheet',
    summary:
      'Import a CSV or XLSX sheet into one list of a membership: every problem by row and column, nothing written until there is none.',
    positionals: ['FILE'],
    options: {
      db: SHEET_OPTIONS.db,
      membership: SHEET_OPTIONS.membership,
      list: SHEET_OPTIONS.list,
      sheet: { value: 'NAME', help: 'The XLSX sheet to read (default: the first).' },
      'date-order': { value: 'dmy|mdy', help: 'How day/month dates are written in the sheet.' },
      'dry-run': { help: 'Check the sheet and print the counts; write nothing.' },
      replace: { help: 'Replace the whole list: items missing from the sheet are removed.' },
      'backup-dir': SHEET_OPTIONS['backup-dir'],
    },
  },
  run: (args, io) => importSheet(args, io),
};

async function importSheet(args: ParsedArgs, io: CliIo): Promise<number> {
  const input = args.positionals[0] as string;
  const order = option(args, 'date-order');
  if (order !== undefined && order !== 'dmy' && order !== 'mdy') {
    throw new CliInputError('--date-order: Expected dmy or mdy');
  }
  const target = sheetTarget(args, io.cwd);

  let table;
  try {
    const { bytes } = readSheetFile(resolve(io.cwd, input));
    table = await readSheet({ name: input, bytes }, { sheetName: option(args, 'sheet') });
  } catch (error) {
    if (error instanceof SheetFileError) throw new CliInputError(error.message);
    throw error;
  }

  const db = openWorkspace(target.file, { backupDir: target.backupDir, now: io.now });
  try {
    let analysis;
    try {
      analysis = analyzeImport(db, target.membershipId, target.list, table, {
        dateOrder: (order as DateOrder | undefined) ?? null,
        replace: args.options.replace === true,
      });
    } catch (error) {
      if (error instanceof UserFacingError) throw new CliInputError(error.message);
      throw error;
    }
    const ignored = analysis.unknownColumns.map((c) => `"${c}"`).join(', ');
    const plan = analysis.plan;
    if (plan === null) {
      const count = analysis.problems.length;
      io.stderr(
        `reenroll import-sheet: ${input}: ${count} problem${count === 1 ? '' : 's'}; nothing was written.\n` +
          analysis.problems.map((p) => `${describeSheetProblem(p)}\n`).join('') +
          (analysis.needsDateOrder
            ? 'Say how dates are written with --date-order dmy or --date-order mdy.\n'
            : ''),
      );
      return EXIT_INVALID;
    }
    const counts =
      `added: ${plan.added}\nupdated: ${plan.updated}\nunchanged: ${plan.unchanged}\nremoved: ${plan.removed}\n` +
      (ignored === '' ? '' : `ignored columns: ${ignored}\n`);
    const what = `${SHEET_LIST_LABELS[target.list]} of membership ${target.membershipId}`;
    if (args.options['dry-run'] === true) {
      io.stdout(`dry run: ${input} would change the ${what}; nothing was written\n${counts}`);
      return EXIT_OK;
    }
    const total = plan.writes.length + plan.removals.length;
    if (analysis.rowCount > PROGRESS_FROM) io.stderr(`writing ${total} items…\n`);
    const applied = applyImport(db, target.membershipId, target.list, plan, {
      backupDir: target.backupDir,
      now: io.now,
      onProgress:
        analysis.rowCount > PROGRESS_FROM
          ? (done, all) => io.stderr(`written ${done} of ${all}\n`)
          : undefined,
    });
    io.stdout(`imported ${input} into the ${what}\n${counts}backup: ${applied.backupPath}\n`);
    return EXIT_OK;
  } finally {
    db.close();
  }
}
