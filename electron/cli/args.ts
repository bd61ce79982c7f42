/**
 * A small argument reader: positionals and `--name value` options, refusing unknown options so
 * a typo never silently changes what a command does.
 */
import { CliInputError } from './io';

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

/** `flags` are options without a value (`--replace`); `valued` take the next argument. */
export function parseArgs(
  args: readonly string[],
  spec: { readonly valued?: readonly string[]; readonly flags?: readonly string[] },
): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const flags = new Set(spec.flags ?? []);
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = splitOnce(arg.slice(2), '=');
    if (flags.has(name)) {
      options[name] = true;
    } else if (valued.has(name)) {
      const value = inline ?? args[i + 1];
      if (inline === undefined) i += 1;
      if (value === undefined || value.startsWith('--')) throw new CliInputError(`--${name} needs a value`);
      options[name] = value;
    } else {
      throw new CliInputError(`unknown option --${name}`);
    }
  }
  return { positionals, options };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The value of a valued option, or undefined. */
export function option(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.options[name];
  return typeof value === 'string' ? value : undefined;
}
