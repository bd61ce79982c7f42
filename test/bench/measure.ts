/** Timing helpers for benchmarks: the median of several runs, and a ratio line. */
import { performance } from 'node:perf_hooks';

/** Median wall time in milliseconds of `runs` calls to `fn` after `warmup` untimed ones. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** One printed line: what, its time, the baseline's time, and the ratio against a target. */
export function ratioLine(
  what: string,
  ms: number,
  baselineName: string,
  baselineMs: number,
  target?: number,
): string {
  const ratio = ms / baselineMs;
  const verdict =
    target === undefined
      ? ''
      : ratio <= target
        ? `  (target ≤ ${target}×: met)`
        : `  (target ≤ ${target}×: NOT met)`;
  return `${what}: ${ms.toFixed(2)} ms = ${ratio.toFixed(2)}× ${baselineName} (${baselineMs.toFixed(2)} ms)${verdict}`;
}
