/**
 * `reenroll report FILE --format html|md|json|csv|ics [--csv deadlines|requirements]
 * [--as-of DATE] [--out PATH] [--ruleset FILE]` (DESIGN §6, §8): the readiness report of every membership in an
 * interchange file. Without --out it writes to stdout. Invalid input exits 2 with one
 * `path: message` line per problem on stderr and nothing on stdout.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isIsoDate, localToday } from '../../../shared/dates';
import { DATE_MESSAGE } from '../../../shared/interchange/fields';
import { parseInterchangeText } from '../../../shared/interchange/parse';
import { buildReport, preparerOf, renderReport, type ReportFormat } from '../../../shared/report';
import { evaluate } from '../../../shared/rules/evaluate';
import { describeProblems } from '../../../shared/validation';
import { documentValidatorFor } from '../../validation/compiled';
import { option, requiredOption } from '../args';
import { CliInputError, EXIT_INVALID, EXIT_OK, type Command } from '../io';
import { readInputFile } from '../evaluate-input';
import { RULESET_OPTION, rulesetOption } from '../ruleset-option';

const FORMATS = ['html', 'md', 'json', 'csv', 'ics'] as const;
const CSV_TABLES = ['deadlines', 'requirements'] as const;

/** The renderer for the command-line choices; `--csv` picks the table and only goes with csv. */
function formatOf(format: string, csv: string | undefined): ReportFormat {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliInputError(`--format: Expected one of ${FORMATS.join(', ')}`);
  }
  if (csv === undefined) return format as ReportFormat;
  if (format !== 'csv') throw new CliInputError('--csv: only with --format csv');
  if (!(CSV_TABLES as readonly string[]).includes(csv)) {
    throw new CliInputError(`--csv: Expected one of ${CSV_TABLES.join(', ')}`);
  }
  return csv === 'requirements' ? 'requirements-csv' : 'csv';
}

/** Writes through a temporary file and a rename, so a failed write never leaves half a report. */
async function writeOut(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliInputError(`--out: cannot write ${path}: ${reason}`);
  }
}

export const report: Command = {
  spec: {
    name: 'report',
    summary:
      'Write the readiness report of every membership in an interchange file (to stdout without --out).',
    positionals: ['FILE'],
    options: {
      format: { value: FORMATS.join('|'), required: true, help: 'The report format.' },
      csv: { value: CSV_TABLES.join('|'), help: 'With --format csv: which table (default: deadlines).' },
      'as-of': { value: 'YYYY-MM-DD', help: 'Report as of this day (default: today).' },
      out: { value: 'PATH', help: 'Write the report to this file instead of stdout.' },
      ruleset: RULESET_OPTION,
    },
  },
  run: async (parsed, io) => {
    const format = formatOf(requiredOption(parsed, 'format'), option(parsed, 'csv'));
    const now = io.now();
    const asOf = option(parsed, 'as-of') ?? localToday(now);
    if (!isIsoDate(asOf)) throw new CliInputError(`--as-of: ${DATE_MESSAGE}`);
    const ruleset = await rulesetOption(parsed, io.cwd);

    const input = await readInputFile(parsed.positionals[0] as string, io.cwd);
    const document = parseInterchangeText(input, documentValidatorFor(input));
    if (!document.ok) {
      io.stderr(`${describeProblems(document.problems)}\n`);
      return EXIT_INVALID;
    }
    const { memberships } = document.value;
    const evaluation = evaluate(memberships, { asOf, ruleset });
    const built = buildReport(memberships, evaluation, {
      generatedAt: now.toISOString(),
      preparer: preparerOf(memberships),
    });
    const { text } = renderReport(built, format);
    const out = option(parsed, 'out');
    if (out === undefined) io.stdout(text);
    else await writeOut(resolve(io.cwd, out), text);
    return EXIT_OK;
  },
};
