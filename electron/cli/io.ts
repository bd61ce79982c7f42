/**
 * What a CLI command may touch, injected so tests run commands in-process and read what they
 * printed and returned.
 */
import type { CommandSpec, ParsedArgs } from './args';
export interface CliIo {
  readonly stdout: (text: string) => void;
  /**
   * Bytes already encoded as UTF-8, for output too large to hand over as one string (`evaluate
   * --format json`); without it, they are decoded and go to `stdout`. Returns true when the
   * bytes are written out already, so the caller may reuse their memory.
   */
  readonly stdoutBytes?: (bytes: Uint8Array) => boolean;
  readonly stderr: (text: string) => void;
  /** True when stdout is a terminal: colour only then. */
  readonly stdoutIsTty: boolean;
  /** The clock the default `--as-of` comes from. */
  readonly now: () => Date;
  readonly cwd: string;
}

/** Exit codes (DESIGN §8): 0 whatever the readiness, 2 on invalid input, 1 on any other failure. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_INVALID = 2;

/** A command: its spec (options, usage, `--help`) and what it does with the parsed arguments. */
export interface Command {
  readonly spec: CommandSpec;
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

/** Thrown for a usage or input problem: printed to stderr, exit 2, nothing on stdout. */
export class CliInputError extends Error {
  override readonly name = 'CliInputError';
}
