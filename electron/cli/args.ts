/**
 * Command-line arguments on Node's `util.parseArgs`, from one spec per command: the spec parses
 * the arguments and writes the command's `--help`, so the usage text exists once. Unknown or
 * repeated options are refused (a typo never silently changes what a command does), `--` ends
 * the options, and `-h` is `--help`.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { CliInputError } from './io';

export interface OptionSpec {
  /** What the value stands for in the usage line (`PATH`, `json|text`); absent for a flag. */
  readonly value?: string;
  readonly required?: boolean;
  readonly help: string;
}

export interface CommandSpec {
  readonly name: string;
  /** One sentence: what the command does. */
  readonly summary: string;
  /** The positional arguments as the usage line names them (`FILE`); all required. */
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
}

/** Positionals in order and each option's value (`true` for a flag), or `help` when asked for. */
export interface ParsedArgs {
  readonly help: boolean;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** `reenroll evaluate FILE [--as-of YYYY-MM-DD] [--format json|text]` */
export function usageLine(spec: CommandSpec): string {
  const options = Object.entries(spec.options).map(([name, option]) => {
    const text = option.value ? `--${name} ${option.value}` : `--${name}`;
    return option.required ? text : `[${text}]`;
  });
  return ['reenroll', spec.name, ...spec.positionals, ...options].join(' ');
}

/** The command's `--help`: usage, summary, and one line per option. */
export function helpText(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, option]) => [
    option.value ? `--${name} ${option.value}` : `--${name}`,
    option.help,
  ]);
  rows.push(['-h, --help', 'Show this help.']);
  const width = Math.max(...rows.map(([left]) => (left as string).length));
  const lines = rows.map(([left, help]) => `  ${(left as string).padEnd(width)}  ${help}`);
  return `usage: ${usageLine(spec)}\n\n${spec.summary}\n\noptions:\n${lines.join('\n')}\n`;
}

/** Parses a command's arguments against its spec; a usage problem throws `CliInputError`. */
export function parseArgs(spec: CommandSpec, args: readonly string[]): ParsedArgs {
  const options = Object.fromEntries([
    ...Object.entries(spec.options).map(([name, option]) => [
      name,
      { type: option.value ? ('string' as const) : ('boolean' as const) },
    ]),
    ['help', { type: 'boolean' as const, short: 'h' }],
  ]);
  // Not strict: the tokens are checked here, so each problem gets a sentence naming the option.
  const { tokens } = nodeParseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const values: Record<string, string | true> = {};
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name;
    if (name === 'help') {
      help = true;
      continue;
    }
    const option = Object.hasOwn(spec.options, name) ? spec.options[name] : undefined;
    if (!option) throw new CliInputError(`unknown option ${token.rawName}\n${usage(spec)}`);
    if (Object.hasOwn(values, name)) throw new CliInputError(`--${name} is given more than once`);
    if (!option.value) {
      if (token.inlineValue) throw new CliInputError(`--${name} takes no value`);
      values[name] = true;
      continue;
    }
    // A value that looks like an option is a forgotten value (`--as-of --format json`), unless
    // written inline (`--out=-report.md`).
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-'))) {
      throw new CliInputError(`--${name} needs a value`);
    }
    values[name] = value;
  }
  if (help) return { help, positionals, options: values };
  for (const [name, option] of Object.entries(spec.options)) {
    if (option.required && !Object.hasOwn(values, name)) {
      throw new CliInputError(`${requiredMessage(name, option)}\n${usage(spec)}`);
    }
  }
  if (positionals.length !== spec.positionals.length) {
    throw new CliInputError(
      spec.positionals.length === 0
        ? `unexpected argument "${positionals[0]}"\n${usage(spec)}`
        : `expected ${spec.positionals.length === 1 ? 'one' : spec.positionals.length} ${spec.positionals.join(' ')}\n${usage(spec)}`,
    );
  }
  return { help, positionals, options: values };
}

/** `--db PATH is required`; for a choice, `--format is required (one of html, md)`. */
function requiredMessage(name: string, option: OptionSpec): string {
  const choices = option.value?.split('|') ?? [];
  if (choices.length > 1) return `--${name} is required (one of ${choices.join(', ')})`;
  return `--${name}${option.value ? ` ${option.value}` : ''} is required`;
}

function usage(spec: CommandSpec): string {
  return `usage: ${usageLine(spec)}`;
}

/** The value of an option the spec marks required (the parser has checked it is there). */
export function requiredOption(parsed: ParsedArgs, name: string): string {
  const value = option(parsed, name);
  if (value === undefined) throw new CliInputError(`--${name} is required`);
  return value;
}

/** The value of a valued option, or undefined. */
export function option(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
