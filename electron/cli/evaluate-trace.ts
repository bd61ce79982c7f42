/**
 * `REENROLL_EVALUATE_TRACE=1`: `reenroll evaluate --format json` says on stderr when it reached
 * each phase, in milliseconds since the process started. The benchmark prints it to show where
 * a run's time went; nothing is printed otherwise.
 */
const enabled = process.env.REENROLL_EVALUATE_TRACE === '1';

/** One trace line: `evaluate-trace <ms> <what>`. */
export function trace(what: string): void {
  if (enabled) process.stderr.write(`evaluate-trace ${(process.uptime() * 1000).toFixed(0)} ${what}\n`);
}
