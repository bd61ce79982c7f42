/**
 * `reenroll` — the product without a desktop session (DESIGN §8). Each command lives in its own
 * file under commands/ with its option spec, is looked up here by name, and gets its arguments
 * parsed (and its `--help` written) from that spec.
 */
import { helpText, parseArgs, usageLine } from './args';
import { CliInputError, EXIT_FAILURE, EXIT_INVALID, type CliIo, type Command } from './io';
import { commands } from './commands';

/** Every command's usage line, from the specs: the one place the usage is written is the spec. */
async function usage(): Promise<string> {
  const loaded = await Promise.all(Object.values(commands).map((load) => load()));
  const lines = loaded.map((command) => `  ${usageLine(command.spec).replace(/^reenroll /, '')}`);
  return `usage: reenroll <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nreenroll <command> --help describes each option.\n`;
}

/** Runs one command line and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(await usage());
    return name === undefined ? EXIT_INVALID : 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`reenroll: unknown command "${name}"\n\n${await usage()}`);
    return EXIT_INVALID;
  }
  try {
    const command: Command = await load();
    const parsed = parseArgs(command.spec, rest);
    if (parsed.help) {
      io.stdout(helpText(command.spec));
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof CliInputError) {
      io.stderr(`reenroll ${name}: ${error.message}\n`);
      return EXIT_INVALID;
    }
    io.stderr(`reenroll ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

/**
 * A reader that stops early (`reenroll evaluate big.json | head`) closes the pipe, and the next
 * write fails with EPIPE, which Node reports as an unhandled 'error' with a stack trace. Unix
 * tools stop quietly then; so does this, with exit code 0: the reader had all it asked for.
 */
function exitOnBrokenPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
}

/** The process's own streams and clock. */
export function processIo(): CliIo {
  process.stdout.on('error', exitOnBrokenPipe);
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => {
      process.stdout.write(bytes);
      // A file or a terminal is written at once; a pipe too unless it is full, when the stream
      // keeps the bytes queued and they must stay as they are.
      return process.stdout.writableLength === 0;
    },
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: Boolean(process.stdout.isTTY),
    now: () => new Date(),
    cwd: process.cwd(),
  };
}
