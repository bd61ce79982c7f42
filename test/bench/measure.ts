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

/**
 * Medians of several functions run in turn, one call of each per round, after `warmup` rounds.
 * A machine busy with other work slows every function of a round alike, so the ratios between
 * them hold where medians taken one function after the other drift apart (a 0.13 ms save moved
 * from 1.2× to 2.1× between two runs measured that way).
 */
export async function interleavedMediansMs(
  fns: readonly (() => unknown)[],
  runs: number,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) for (const fn of fns) await fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i += 1) {
    for (const [index, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      times[index]?.push(performance.now() - start);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] as number);
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
