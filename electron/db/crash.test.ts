/**
 * Crash safety: children saving through the real handlers are killed with SIGKILL at random
 * moments. After each kill the database must open, pass integrity_check, and hold every save
 * that was acknowledged; a large import killed part-way must be there entirely or not at all.
 */
import { join } from 'node:path';
import { bundleChildren, prng, sleep, start } from '../../test/crash/children';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityOf } from './backups';
import { openWorkspace } from './open';
import { SCHEMA_VERSION } from './migrations';
import { tempDir } from './testing';
import { rmSync } from 'node:fs';

const dir = tempDir('reenroll-crash-');
const backupDir = join(dir, 'backups');
beforeAll(bundleChildren);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const random = prng(seed);

/** Opens the database after a kill, checks integrity, and runs `read` on it. */
function afterCrash<T>(file: string, read: (db: ReturnType<typeof openWorkspace>) => T): T {
  const db = openWorkspace(file, { backupDir });
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
      const child = start('save-loop', file, backupDir);
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
    const timing = start('save-loop', join(dir, 'timing.sqlite3'), backupDir);
    const spawned = performance.now();
    const startup = (await timing.waitFor('ready')) - spawned;
    await timing.kill();
    for (let round = 0; round < 4; round += 1) {
      const file = join(dir, `fresh-${round}.sqlite3`);
      const child = start('save-loop', file, backupDir);
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
    const first = start('import-large', file, backupDir);
    const [, planM, planP] = (await first.waitFor('plan').then(() => first.lines[0] as string)).split(' ');
    const plan = { memberships: Number(planM), professionals: Number(planP) };
    const began = await first.waitFor('importing');
    const duration = (await first.waitFor('imported')) - began;
    await first.exited;
    let expected = counts();
    expect(expected).toEqual(plan);

    const outcomes = { none: 0, all: 0 };
    for (let round = 0; round < 4; round += 1) {
      const child = start('import-large', file, backupDir);
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
