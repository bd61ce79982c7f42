/**
 * How `evaluate` and `status` print JSON: indented on a terminal, where people read it; compact
 * elsewhere (a pipe, a file), where programs do and where it is half the bytes (the §4 JSON of
 * the bench's 38 MB workspace: 52 against 104 MB, printed in about half the time). `--pretty`
 * indents it anywhere.
 */
import type { OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './io';

export const PRETTY_OPTION: OptionSpec = {
  help: 'Indent the JSON even when it goes to a file or a pipe (it always is on a terminal).',
};

/** Whether this run's JSON is indented. */
export function indentsJson(parsed: ParsedArgs, io: CliIo): boolean {
  return io.stdoutIsTty || parsed.options.pretty === true;
}

/** `value` as the command prints it, with the final newline. */
export function jsonText(value: unknown, indent: boolean): string {
  return `${JSON.stringify(value, null, indent ? 2 : undefined)}\n`;
}
