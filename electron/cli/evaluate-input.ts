/** Reading the file `reenroll evaluate` (and `report`) is given, and printing its evaluation. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IsoDate } from '../../shared/dates';
import { withIdsChecked } from '../../shared/interchange/ids';
import type { InterchangeDocument, Membership } from '../../shared/interchange/schema';
import { evaluateMembership } from '../../shared/rules/evaluate';
import { writeEvaluationJsonPieces } from '../../shared/rules/evaluation-json-text';
import type { Ruleset } from '../../shared/rules/ruleset';
import type { Parsed } from '../../shared/validation';
import { COMPILE_WORTH_BYTES } from '../validation/large-file';
import { normalizedInPlace } from '../validation/in-place-document';
import { asciiJsonText } from './ascii-json-text';
import { CliInputError } from './io';

/** Reads a file named on the command line; a missing or unreadable file is an input error. */
function readInputBytes(file: string, cwd: string): Buffer {
  try {
    // Read in one call: fs/promises reads a large file in 512 KiB rounds, about twice as slow,
    // and a command-line run has nothing else to do meanwhile.
    return readFileSync(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new CliInputError(`${file}: cannot read: ${reason}`);
  }
}

/** The text of a file's bytes, without the byte-order mark editors on Windows often save. */
function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  // JSON.parse refuses the mark.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a file named on the command line as text; a missing or unreadable file is an input error. */
export async function readInputFile(file: string, cwd: string): Promise<string> {
  return textOf(readInputBytes(file, cwd));
}

/**
 * The schema's own reading of a file (zod, compiled for a large file), loaded only when needed:
 * a large file that passes the check in place never loads zod.
 */
async function bySchema(text: string): Promise<Parsed<InterchangeDocument>> {
  const [{ parseInterchangeText }, { documentValidatorFor }] = await Promise.all([
    import('../../shared/interchange/parse'),
    import('../validation/compiled'),
  ]);
  return parseInterchangeText(text, documentValidatorFor(text));
}

/** The interchange document in `file`, validated (checked in place when it is large). */
export async function readDocument(file: string, cwd: string): Promise<Parsed<InterchangeDocument>> {
  const bytes = readInputBytes(file, cwd);
  const ascii = bytes.length >= COMPILE_WORTH_BYTES ? asciiJsonText(bytes) : null;
  if (ascii === null) return bySchema(textOf(bytes));
  let data: unknown;
  try {
    data = JSON.parse(ascii);
  } catch {
    // The escapes moved the positions, and `bytes` may hold Latin-1 now: the message comes
    // from the file's text as it is, read again (only a file that does not parse pays this).
    return bySchema(textOf(readInputBytes(file, cwd)));
  }
  // Checked where it lies (in-place-document.ts); a document that check refuses is read again
  // by the schema itself, whose issues name what is wrong.
  const value = normalizedInPlace(data);
  return value !== null ? withIdsChecked(value, value) : bySchema(ascii);
}

/** What an evaluation is asked for. */
export interface EvaluateJob {
  readonly file: string;
  readonly cwd: string;
  readonly asOf: IsoDate;
  readonly ruleset: Ruleset;
  /** Indented (for a terminal, or `--pretty`) or compact (for a program reading a pipe or a file). */
  readonly indent: boolean;
}

/** Prints the §4 JSON of `memberships` in pieces to `piece`. */
export function writeEvaluation(
  job: EvaluateJob,
  memberships: readonly Membership[],
  piece: (text: string) => void,
): void {
  writeEvaluationJsonPieces(job, memberships, (m) => evaluateMembership(m, job.asOf, job.ruleset), piece);
}
