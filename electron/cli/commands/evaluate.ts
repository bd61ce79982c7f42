/**
 * `reenroll evaluate FILE [--as-of YYYY-MM-DD] [--format json|text] [--pretty] [--ruleset FILE]`
 * (DESIGN §8): the §4 evaluation of every membership in an interchange file. Exit 0 whatever
 * the readiness; exit 2 on invalid input with one `path: message` line per problem on stderr
 * and nothing on stdout.
 */
import { isIsoDate, localToday } from '../../../shared/dates';
import { DATE_MESSAGE } from '../../../shared/interchange/constants';
import { evaluate as evaluateMemberships } from '../../../shared/rules/evaluate';
import { describeProblems } from '../../../shared/validation';
import { option } from '../args';
import { readDocument } from '../evaluate-input';
import { printEvaluationJson } from '../evaluate-json';
import { formatEvaluationText } from '../format-evaluation-text';
import { CliInputError, EXIT_INVALID, EXIT_OK, type Command } from '../io';
import { PRETTY_OPTION, indentsJson } from '../pretty-option';
import { RULESET_OPTION, rulesetOption } from '../ruleset-option';

const FORMATS = ['json', 'text'] as const;

export const evaluate: Command = {
  spec: {
    name: 'evaluate',
    summary:
      'Evaluate every membership in an interchange file; exit 0 whatever the readiness, 2 on invalid input.',
    positionals: ['FILE'],
    options: {
      'as-of': { value: 'YYYY-MM-DD', help: 'Evaluate as of this day (default: today).' },
      format: { value: 'json|text', help: 'What to print (default: json).' },
      pretty: PRETTY_OPTION,
      ruleset: RULESET_OPTION,
    },
  },
  run: async (parsed, io) => {
    const asOf = option(parsed, 'as-of') ?? localToday(io.now());
    if (!isIsoDate(asOf)) throw new CliInputError(`--as-of: ${DATE_MESSAGE}`);
    const format = option(parsed, 'format') ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format))
      throw new CliInputError('--format: Expected json or text');
    const ruleset = await rulesetOption(parsed, io.cwd);

    const file = parsed.positionals[0] as string;
    // Evaluated, printed and dropped one membership at a time (evaluation-json-text.ts).
    const indent = indentsJson(parsed, io);
    if (format === 'json') return printEvaluationJson({ file, cwd: io.cwd, asOf, ruleset, indent }, io);
    const document = await readDocument(file, io.cwd);
    if (!document.ok) {
      io.stderr(`${describeProblems(document.problems)}\n`);
      return EXIT_INVALID;
    }
    const { memberships } = document.value;
    const evaluation = evaluateMemberships(memberships, { asOf, ruleset });
    io.stdout(formatEvaluationText(evaluation, memberships, { color: io.stdoutIsTty }));
    return EXIT_OK;
  },
};
