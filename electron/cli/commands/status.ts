/**
 * `reenroll status --db PATH [--as-of DATE] [--format text|json|csv] [--pretty] [--ruleset FILE]`
 * (DESIGN §8): the workspace home for scripts, one line (or object) per membership, from the
 * same status rows as the home screen. Exit 0 whatever the readiness; exit 2 on bad input,
 * naming the option.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isIsoDate, localToday } from '../../../shared/dates';
import { DATE_MESSAGE } from '../../../shared/interchange/fields';
import { toStatusJson } from '../../../shared/status/status-json';
import { openWorkspace } from '../../db/open';
import { workspaceStatus } from '../../services/status-service';
import { option, requiredOption } from '../args';
import { formatStatusCsv, formatStatusText } from '../format-status';
import { CliInputError, EXIT_OK, type Command } from '../io';
import { PRETTY_OPTION, indentsJson, jsonText } from '../pretty-option';
import { RULESET_OPTION, rulesetOption } from '../ruleset-option';

const FORMATS = ['text', 'json', 'csv'] as const;

export const statusCommand: Command = {
  spec: {
    name: 'status',
    summary: 'One line (or object) per membership of a workspace: window, readiness, gaps, next deadline.',
    positionals: [],
    options: {
      db: { value: 'PATH', required: true, help: 'The workspace database (SQLite file).' },
      'as-of': { value: 'YYYY-MM-DD', help: 'Status as of this day (default: today).' },
      format: { value: FORMATS.join('|'), help: 'What to print (default: text).' },
      pretty: PRETTY_OPTION,
      ruleset: RULESET_OPTION,
    },
  },
  run: async (args, io) => {
    const asOf = option(args, 'as-of') ?? localToday(io.now());
    if (!isIsoDate(asOf)) throw new CliInputError(`--as-of: ${DATE_MESSAGE}`);
    const format = option(args, 'format') ?? 'text';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CliInputError('--format: Expected text, json or csv');
    }
    const ruleset = await rulesetOption(args, io.cwd);
    const file = resolve(io.cwd, requiredOption(args, 'db'));
    if (!existsSync(file)) throw new CliInputError(`--db: no workspace database at ${file}`);

    const db = openWorkspace(file, { backupDir: join(dirname(file), 'backups'), now: io.now });
    try {
      const rows = workspaceStatus(db, asOf, ruleset);
      if (format === 'json') io.stdout(jsonText(toStatusJson(ruleset.id, asOf, rows), indentsJson(args, io)));
      else if (format === 'csv') io.stdout(formatStatusCsv(rows));
      else io.stdout(formatStatusText(asOf, rows));
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};
