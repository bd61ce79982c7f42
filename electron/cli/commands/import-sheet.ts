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
import { CliInputError, EXIT_INVALID, EXIT_OK, type Command } from '../io';
import { SHEET_OPTIONS, sheetTarget, strictArgs, text } from './sheet-args';

const USAGE =
  'usage: reenroll import-sheet FILE --db PATH --membership ID --list mcps|references|csat|competencies|other-points ' +
  '[--sheet NAME] [--date-order dmy|mdy] [--dry-run] [--replace] [--backup-dir DIR]';

const OPTIONS = {
  ...SHEET_OPTIONS,
  sheet: { type: 'string' },
  'date-order': { type: 'string' },
  'dry-run': { type: 'boolean' },
  replace: { type: 'boolean' },
} as const;

/** Sheets with more rows than this report their progress on stderr. */
const PROGRESS_FROM = 5000;

export const importSheetCommand: Command = async (argv, io) => {
  const { values, positionals } = strictArgs(argv, OPTIONS, USAGE);
  const [input, ...extra] = positionals;
  if (input === undefined || extra.length > 0) throw new CliInputError(`expected one FILE\n${USAGE}`);
  const order = text(values, 'date-order');
  if (order !== undefined && order !== 'dmy' && order !== 'mdy') {
    throw new CliInputError(`--date-order: expected dmy or mdy\n${USAGE}`);
  }
  const target = sheetTarget(values, io.cwd, USAGE);

  let table;
  try {
    const { bytes } = readSheetFile(resolve(io.cwd, input));
    table = await readSheet({ name: input, bytes }, { sheetName: text(values, 'sheet') });
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
        replace: values.replace === true,
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
    if (values['dry-run'] === true) {
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
};
