/**
 * Helpers for the crash tests: the child scripts bundled once (a bundle starts in a tenth of the
 * time `node --import tsx` takes, so rounds spend their time working, not starting up), a seeded
 * random source, and a child whose stdout lines can be awaited and which can be SIGKILLed.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');
// The bundle sits under node_modules so it resolves better-sqlite3 from the project.
const bundleDir = join(root, 'node_modules', '.cache', 'reenroll-crash');
const SCRIPTS = ['save-loop', 'import-large', 'backup-loop'] as const;
export type CrashScript = (typeof SCRIPTS)[number];

/** Bundles the child scripts; call once before starting children. */
export async function bundleChildren(): Promise<void> {
  await build({
    entryPoints: SCRIPTS.map((name) => join(root, 'test', 'crash', `${name}.ts`)),
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
}

/** mulberry32, seeded so a failing round can be replayed; print the seed in every failure message. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Child {
  readonly lines: string[];
  /** Resolves when a line starting with `prefix` arrives (or rejects when the child exits first). */
  readonly waitFor: (prefix: string) => Promise<number>;
  readonly kill: () => Promise<void>;
  readonly exited: Promise<number | null>;
}

/** Starts a bundled child script with its arguments (the database file and the backup folder). */
export function start(script: CrashScript, file: string, backupDir: string): Child {
  const child = spawn(process.execPath, [join(bundleDir, `${script}.mjs`), file, backupDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (at: number) => void; reject: (e: Error) => void }[] = [];
  let stderr = '';
  let buffered = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((w) => line.startsWith(w.prefix))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(performance.now());
      }
    }
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      waiters
        .splice(0)
        .forEach((w) => w.reject(new Error(`child exited (${code}) before "${w.prefix}": ${stderr}`)));
      resolve(code);
    }),
  );
  return {
    lines,
    waitFor: (prefix) =>
      new Promise((resolve, reject) => {
        const seen = lines.some((l) => l.startsWith(prefix));
        if (seen) resolve(performance.now());
        else waiters.push({ prefix, resolve, reject });
      }),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    exited,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
