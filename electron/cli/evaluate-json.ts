/**
 * `reenroll evaluate --format json`: the §4 JSON, one membership at a time, encoded to UTF-8 as
 * it is made and written as bytes (utf8-sink.ts).
 *
 * Not on two threads: a worker thread that read and checked the file too, then printed the
 * back of the list while this thread printed the front, made the run slower on this project's
 * two-core machines, even with the second core free. On 2 December: 4.1 s and 4.3 s against
 * 3.4 s and 2.8 s on one thread, runs alternated. On 3 December: 2.9–3.2 s against 2.6–2.85 s,
 * 4.5 s of CPU against 2.8 s, though two whole processes ran side by side as fast as one alone.
 * The worker's own read, parse and validation double the memory the process touches, and the
 * two threads' page faults and collections slowed each other down more than its half of the
 * printing saved.
 */
import { describeProblems } from '../../shared/validation';
import { readDocument, writeEvaluation, type EvaluateJob } from './evaluate-input';
import { trace } from './evaluate-trace';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { utf8Sink } from './utf8-sink';

/** Prints the evaluation of `job.file` to `io`; returns the exit code. */
export async function printEvaluationJson(job: EvaluateJob, io: CliIo): Promise<number> {
  // Chunks never end inside a character, so an io without a byte stream (the tests') gets each
  // one decoded on its own.
  const write =
    io.stdoutBytes ??
    ((bytes: Uint8Array) => {
      io.stdout(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString());
      return true;
    });
  const document = await readDocument(job.file, job.cwd);
  trace('read and checked');
  if (!document.ok) {
    io.stderr(`${describeProblems(document.problems)}\n`);
    return EXIT_INVALID;
  }
  const { memberships } = document.value;
  const sink = utf8Sink(write);
  writeEvaluation(job, memberships, sink.piece);
  sink.flush();
  trace('evaluated and wrote');
  return EXIT_OK;
}
