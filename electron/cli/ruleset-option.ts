/**
 * `--ruleset FILE` for `evaluate`, `report` and `status` (shared/rules/README.md, "Rulesets are
 * data"): a ruleset document read and checked with the schema in `shared/`, or the built-in
 * `mpp-2009` when the option is absent. A bad document is an input error (exit 2) with one line
 * per problem naming the field's path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import type { Ruleset } from '../../shared/rules/ruleset';
import { describeProblems } from '../../shared/validation';
import { option, type ParsedArgs, type OptionSpec } from './args';
import { CliInputError } from './io';

export const RULESET_OPTION: OptionSpec = {
  value: 'FILE',
  help: 'Evaluate against this ruleset document instead of the built-in mpp-2009.',
};

/**
 * Reads and checks a ruleset document; throws `CliInputError` naming each bad field. The schema
 * (zod) loads only here: a run on the built-in ruleset never loads it.
 */
export async function loadRulesetFile(file: string, cwd: string): Promise<Ruleset> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new CliInputError(`--ruleset: cannot read ${file}: ${reason}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CliInputError(`--ruleset: ${file} is not JSON: ${(error as Error).message}`);
  }
  const { parseRuleset } = await import('../../shared/rules/ruleset-schema');
  const parsed = parseRuleset(json);
  if (!parsed.ok) {
    throw new CliInputError(`--ruleset: ${file} is not a ruleset:\n${describeProblems(parsed.problems)}`);
  }
  return parsed.value;
}

/** The ruleset `--ruleset` names, or the built-in one. */
export async function rulesetOption(args: ParsedArgs, cwd: string): Promise<Ruleset> {
  const file = option(args, 'ruleset');
  return file === undefined ? MPP_2009 : loadRulesetFile(file, cwd);
}
