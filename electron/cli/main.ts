/**
 * `reenroll` — the product without a desktop session (DESIGN §8). Each command lives in its own
 * file under commands/ and is looked up here by name.
 */
import { CliInputError, EXIT_FAILURE, EXIT_INVALID, type CliIo, type Command } from './io';
import { commands } from './commands';

const USAGE = `usage: reenroll <command> [options]

commands:
  evaluate FILE [--as-of YYYY-MM-DD] [--format json|text]
  report FILE --format html|md|json|csv|ics [--csv deadlines|requirements] [--as-of DATE] [--out PATH]
  import FILE --db PATH [--on-conflict refuse|replace|new]
  export --db PATH [--out FILE]
  status --db PATH [--as-of YYYY-MM-DD] [--format text|json|csv]
  import-sheet FILE --db PATH --membership ID --list mcps|references|csat|competencies|other-points
    [--sheet NAME] [--date-order dmy|mdy] [--dry-run] [--replace]
  export-sheet --db PATH --membership ID --list LIST --out FILE.csv|FILE.xlsx
  serve [--db PATH] [--port N]
`;

/** Runs one command line and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT_INVALID : 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`reenroll: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  try {
    const command: Command = await load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliInputError) {
      io.stderr(`reenroll ${name}: ${error.message}\n`);
      return EXIT_INVALID;
    }
    io.stderr(`reenroll ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/** The process's own streams and clock. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    now: () => new Date(),
    cwd: process.cwd(),
  };
}
