/**
 * Crash safety: children saving through the real handlers are killed with SIGKILL at random
 * moments. After each kill the database must open, pass integrity_check, and hold every save
 * that was acknowledged; a large import killed part-way must be there entirely or not at all.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityOf } from './backups';
import { openWorkspace } from './open';
import { SCHEMA_VERSION } from './migrations';
import { tempDir } from './testing';
import { rmSync } from 'node:fs';

const root = join(import.meta.dirname, '..', '..');
const dir = tempDir('reenroll-crash-');
// The children are bundled once (as `node --import tsx` would compile them, but a bundle starts
// in a tenth of the time), so the rounds spend their time saving, not starting up. The bundle
// sits under node_modules so it resolves better-sqlite3 from the project.
const bundleDir = join(root, 'node_modules', '.cache', 'reenroll-crash');
beforeAll(async () => {
  await build({
    entryPoints: ['save-loop.ts', 'import-large.ts'].map((name) => join(root, 'test', 'crash', name)),
    outdir: bundleDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** mulberry32, seeded so a failing round can be replayed; the seed is in every failure message. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const random = prng(seed);

interface Child {
  readonly lines: string[];
  /** Resolves when a line starting with `prefix` arrives (or rejects when the child exits first). */
  readonly waitFor: (prefix: string) => Promise<number>;
  readonly kill: () => Promise<void>;
  readonly exited: Promise<number | null>;
}

function start(script: string, file: string): Child {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'test', 'crash', script), file, join(dir, 'backups')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the database after a kill, checks integrity, and runs `read` on it. */
function afterCrash<T>(file: string, read: (db: ReturnType<typeof openWorkspace>) => T): T {
  const db = openWorkspace(file, { backupDir: join(dir, 'backups') });
  try {
    expect(integrityOf(db), `seed ${seed}`).toEqual({ ok: true, detail: 'ok' });
    return read(db);
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged save when killed at random moments', async () => {
    const file = join(dir, 'saves.sqlite3');
    const acknowledged: string[] = [];
    for (let round = 0; round < 8; round += 1) {
      const child = start('save-loop.ts', file);
      await child.waitFor('ready');
      await sleep(20 + random() * 400);
      await child.kill();
      const acks = child.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
      acknowledged.push(...acks);
      const stored = afterCrash(
        file,
        (db) => new Set(db.prepare('SELECT description FROM other_points').pluck().all()),
      );
      const missing = acknowledged.filter((token) => !stored.has(token));
      expect(missing, `seed ${seed}, round ${round}`).toEqual([]);
      // At most the one save in flight at the kill can be there without its acknowledgement.
      expect(stored.size - acknowledged.length, `seed ${seed}, round ${round}`).toBeLessThanOrEqual(
        round + 1,
      );
    }
    expect(acknowledged.length).toBeGreaterThan(50);
  }, 60_000);

  it('opens a database whose creation and migration were killed part-way', async () => {
    const timing = start('save-loop.ts', join(dir, 'timing.sqlite3'));
    const spawned = performance.now();
    const startup = (await timing.waitFor('ready')) - spawned;
    await timing.kill();
    for (let round = 0; round < 4; round += 1) {
      const file = join(dir, `fresh-${round}.sqlite3`);
      const child = start('save-loop.ts', file);
      await sleep(random() * startup);
      await child.kill();
      const version = afterCrash(file, (db) => db.pragma('user_version', { simple: true }));
      expect(version, `seed ${seed}, round ${round}`).toBe(SCHEMA_VERSION);
    }
  }, 60_000);

  it('keeps a large import all or nothing when killed part-way', async () => {
    const file = join(dir, 'import.sqlite3');
    const counts = () =>
      afterCrash(file, (db) => ({
        memberships: db.prepare('SELECT count(*) FROM memberships').pluck().get() as number,
        professionals: db.prepare('SELECT count(*) FROM professionals').pluck().get() as number,
      }));

    // One import left to finish tells how long an import takes here.
    const first = start('import-large.ts', file);
    const [, planM, planP] = (await first.waitFor('plan').then(() => first.lines[0] as string)).split(' ');
    const plan = { memberships: Number(planM), professionals: Number(planP) };
    const began = await first.waitFor('importing');
    const duration = (await first.waitFor('imported')) - began;
    await first.exited;
    let expected = counts();
    expect(expected).toEqual(plan);

    const outcomes = { none: 0, all: 0 };
    for (let round = 0; round < 4; round += 1) {
      const child = start('import-large.ts', file);
      await child.waitFor('importing');
      await sleep(random() * duration * 1.2);
      await child.kill();
      const after = counts();
      const whole = {
        memberships: expected.memberships + plan.memberships,
        professionals: expected.professionals + plan.professionals,
      };
      const none =
        after.memberships === expected.memberships && after.professionals === expected.professionals;
      const all = after.memberships === whole.memberships && after.professionals === whole.professionals;
      expect(none || all, `seed ${seed}, round ${round}: ${JSON.stringify({ expected, after })}`).toBe(true);
      if (child.lines.includes('imported')) expect(all).toBe(true);
      outcomes[all ? 'all' : 'none'] += 1;
      expected = after;
    }
    expect(outcomes.none, `seed ${seed}: no kill landed inside an import`).toBeGreaterThan(0);
  }, 60_000);
});
