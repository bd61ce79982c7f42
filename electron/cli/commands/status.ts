/**
 * `reenroll status --db PATH [--as-of DATE] [--format text|json|csv]` (DESIGN §8): the workspace
 * home for scripts, one line (or object) per membership, from the same status rows as the home
 * screen. Exit 0 whatever the readiness; exit 2 on bad input, naming the option.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../../../shared/dates';
import { DATE_MESSAGE } from '../../../shared/interchange/fields';
import { MPP_2009 } from '../../../shared/rules/mpp2009';
import { toStatusJson } from '../../../shared/status/status-json';
import { openWorkspace } from '../../db/open';
import { workspaceStatus } from '../../services/status-service';
import { formatStatusCsv, formatStatusText } from '../format-status';
import { CliInputError, EXIT_OK, type Command } from '../io';

const USAGE = 'usage: reenroll status --db PATH [--as-of YYYY-MM-DD] [--format text|json|csv]';
const FORMATS = ['text', 'json', 'csv'] as const;

/** parseArgs in strict mode, its errors turned into input errors that name the option. */
function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { db: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliInputError(`${message.replace(/\. To specify a positional[\s\S]*$/, '')}\n${USAGE}`);
  }
}

export const statusCommand: Command = async (argv, io) => {
  const { values } = parse(argv);
  if (values.db === undefined) throw new CliInputError(`--db PATH is required\n${USAGE}`);
  const asOf = values['as-of'] ?? localToday(io.now());
  if (!isIsoDate(asOf)) throw new CliInputError(`--as-of: ${DATE_MESSAGE}`);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliInputError('--format: expected text, json or csv');
  }
  const file = resolve(io.cwd, values.db);
  if (!existsSync(file)) throw new CliInputError(`--db: no workspace database at ${file}`);

  const db = openWorkspace(file, { backupDir: join(dirname(file), 'backups'), now: io.now });
  try {
    const rows = workspaceStatus(db, asOf);
    if (format === 'json') io.stdout(`${JSON.stringify(toStatusJson(MPP_2009.id, asOf, rows), null, 2)}\n`);
    else if (format === 'csv') io.stdout(formatStatusCsv(rows));
    else io.stdout(formatStatusText(asOf, rows));
  } finally {
    db.close();
  }
  return EXIT_OK;
};
