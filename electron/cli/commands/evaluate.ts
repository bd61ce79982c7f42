/**
 * `reenroll evaluate FILE [--as-of YYYY-MM-DD] [--format json|text] [--ruleset FILE]` (DESIGN §8): the §4
 * evaluation of every membership in an interchange file. Exit 0 whatever the readiness; exit 2
 * on invalid input with one `path: message` line per problem on stderr and nothing on stdout.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIsoDate, localToday } from '../../../shared/dates';
import { DATE_MESSAGE } from '../../../shared/interchange/fields';
import { parseInterchangeText } from '../../../shared/interchange/parse';
import { evaluate as evaluateMemberships, evaluateMembership } from '../../../shared/rules/evaluate';
import { writeEvaluationJson } from '../../../shared/rules/evaluation-json-text';
import { describeProblems } from '../../../shared/validation';
import { documentValidatorFor } from '../../validation/compiled';
import { option } from '../args';
import { formatEvaluationText } from '../format-evaluation-text';
import { CliInputError, EXIT_INVALID, EXIT_OK, type Command } from '../io';
import { RULESET_OPTION, rulesetOption } from '../ruleset-option';

const FORMATS = ['json', 'text'] as const;

/** Reads a file named on the command line; a missing or unreadable file is an input error. */
export async function readInputFile(file: string, cwd: string): Promise<string> {
  try {
    // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
    // Read in one call: fs/promises reads a large file in 512 KiB rounds, about twice as slow,
    // and a command-line run has nothing else to do meanwhile.
    const text = readFileSync(resolve(cwd, file), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new CliInputError(`${file}: cannot read: ${reason}`);
  }
}

export const evaluate: Command = {
  spec: {
    name: 'evaluate',
    summary:
      'Evaluate every membership in an interchange file; exit 0 whatever the readiness, 2 on invalid input.',
    positionals: ['FILE'],
    options: {
      'as-of': { value: 'YYYY-MM-DD', help: 'Evaluate as of this day (default: today).' },
      format: { value: 'json|text', help: 'What to print (default: json).' },
      ruleset: RULESET_OPTION,
    },
  },
  run: async (parsed, io) => {
    const asOf = option(parsed, 'as-of') ?? localToday(io.now());
    if (!isIsoDate(asOf)) throw new CliInputError(`--as-of: ${DATE_MESSAGE}`);
    const format = option(parsed, 'format') ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new CliInputError('--format: Expected json or text');
    const ruleset = rulesetOption(parsed, io.cwd);

    const file = parsed.positionals[0] as string;
    const text = await readInputFile(file, io.cwd);
    const document = parseInterchangeText(text, documentValidatorFor(text));
    if (!document.ok) {
      io.stderr(`${describeProblems(document.problems)}\n`);
      return EXIT_INVALID;
    }
    const { memberships } = document.value;
    if (format === 'json') {
      // Evaluated, printed and dropped one membership at a time (evaluation-json-text.ts).
      writeEvaluationJson(
        { ruleset, asOf },
        memberships,
        (m) => evaluateMembership(m, asOf, ruleset),
        io.stdout,
      );
    } else {
      const evaluation = evaluateMemberships(memberships, { asOf, ruleset });
      io.stdout(formatEvaluationText(evaluation, memberships, { color: io.stdoutIsTty }));
    }
    return EXIT_OK;
  },
};
