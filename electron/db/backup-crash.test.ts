/**
 * Backups under SIGKILL: a child takes backups one after another and is killed at random moments
 * (every kill lands in the backup phase, since that is all the child does once ready). After
 * each kill, every file left under a backup's name must be a good backup: it opens, passes
 * integrity_check and holds the workspace's memberships. Copies under a temporary name are not
 * backups, are never listed, and are cleared by the next backup.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChildren, prng, sleep, start } from '../../test/crash/children';
import { verifyBackupFile } from './backup-check';
import { BACKUPS_KEPT, listBackups, listVerifiedBackups } from './backups';
import { tempDir } from './testing';

const dir = tempDir('reenroll-backup-crash-');
const backupDir = join(dir, 'backups');
beforeAll(bundleChildren);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
const random = prng(seed);
const ROUNDS = 50;

describe('backups killed part-way', () => {
  it(`leaves only good backups after ${ROUNDS} kills during backups`, async () => {
    const file = join(dir, 'workspace.sqlite3');
    // One child left to take two backups tells how long a backup takes here.
    const first = start('backup-loop', file, backupDir);
    await first.waitFor('ready');
    const began = await first.waitFor('backup ');
    const duration = Math.max(5, (await waitForBackups(first, 2)) - began);
    await first.kill();
    const memberships = listVerifiedBackups(backupDir)[0]?.memberships;
    expect(memberships).toBeGreaterThan(0);

    let partials = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const child = start('backup-loop', file, backupDir);
      await child.waitFor('ready');
      await sleep(random() * duration * 3);
      await child.kill();
      for (const backup of listBackups(backupDir)) {
        // The child's first backup precedes its import and rightly holds none.
        const expected = backup.reason === 'daily' ? (memberships ?? null) : null;
        const check = verifyBackupFile(backup.path, expected);
        expect(check, `seed ${seed}, round ${round}: ${backup.path}`).toMatchObject({ ok: true });
      }
      if (readdirSync(backupDir).some((name) => name.startsWith('.partial-'))) partials += 1;
      expect(listBackups(backupDir).length).toBeLessThanOrEqual(BACKUPS_KEPT + 1);
    }
    // The kills did land inside backups: some left a temporary copy behind.
    expect(partials, `seed ${seed}`).toBeGreaterThan(0);
    console.log(`backup crash test: ${ROUNDS} kills, ${partials} inside a copy being written (seed ${seed})`);
  }, 300_000);
});

async function waitForBackups(child: ReturnType<typeof start>, count: number): Promise<number> {
  for (;;) {
    const at = await new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 2));
    if (child.lines.filter((l) => l.startsWith('backup ')).length >= count) return at;
  }
}
