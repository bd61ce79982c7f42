import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUPS_KEPT,
  backupDatabase,
  checkDatabaseFile,
  ensureDailyBackup,
  listBackups,
  listVerifiedBackups,
  moveAside,
  newestGoodBackup,
  restoreBackupFile,
} from './backups';
import { verifyBackupFile } from './backup-check';
import { openWorkspace } from './open';
import { openTempWorkspace, type TempWorkspace } from './testing';

let ws: TempWorkspace;
afterEach(() => ws?.dispose());

const at = (iso: string) => () => new Date(iso);
const insertOne = (w: TempWorkspace, id: string) =>
  w.db
    .prepare(
      `INSERT INTO memberships (id, position, organization_name, level, target_level, expires_on)
       VALUES (?, 0, 'Org', 'gold', 'gold', '2009-09-30')`,
    )
    .run(id);

describe('backups', () => {
  it('writes a verified copy holding the committed rows', () => {
    ws = openTempWorkspace();
    insertOne(ws, 'm-1');
    const backup = backupDatabase(ws.db, {
      backupDir: ws.backupDir,
      reason: 'before-import',
      now: at('2009-08-01T10:00:00Z'),
    });
    expect(backup.reason).toBe('before-import');
    expect(backup.bytes).toBeGreaterThan(0);
    expect(checkDatabaseFile(backup.path)).toEqual({ ok: true, detail: 'ok' });
  });

  it('keeps only the last seven, newest first, even when taken in the same millisecond', () => {
    ws = openTempWorkspace();
    for (let day = 1; day <= 9; day += 1) {
      backupDatabase(ws.db, {
        backupDir: ws.backupDir,
        reason: 'daily',
        now: at(`2009-08-0${day}T10:00:00Z`),
      });
    }
    backupDatabase(ws.db, {
      backupDir: ws.backupDir,
      reason: 'before-import',
      now: at('2009-08-09T10:00:00Z'),
    });
    const list = listBackups(ws.backupDir);
    expect(list).toHaveLength(BACKUPS_KEPT);
    expect(list[0]?.reason).toBe('before-import');
    expect(list.at(-1)?.takenAt).toBe('2009-08-04T10:00:00.000Z');
    expect(readdirSync(ws.backupDir)).toHaveLength(BACKUPS_KEPT);
  });

  it('takes the daily backup once per local day', () => {
    ws = openTempWorkspace();
    const first = ensureDailyBackup(ws.db, { backupDir: ws.backupDir, now: at('2009-08-01T12:00:00') });
    expect(first?.reason).toBe('daily');
    expect(ensureDailyBackup(ws.db, { backupDir: ws.backupDir, now: at('2009-08-01T13:00:00') })).toBeNull();
    expect(
      ensureDailyBackup(ws.db, { backupDir: ws.backupDir, now: at('2009-08-02T12:00:00') })?.reason,
    ).toBe('daily');
    expect(listBackups(ws.backupDir)).toHaveLength(2);
  });

  it('offers the newest backup that passes integrity_check, skipping a damaged one', () => {
    ws = openTempWorkspace();
    const good = backupDatabase(ws.db, {
      backupDir: ws.backupDir,
      reason: 'daily',
      now: at('2009-08-01T10:00:00Z'),
    });
    const damaged = join(ws.backupDir, 'workspace-2009-08-02T10-00-00-000Z.daily.sqlite3');
    writeFileSync(damaged, 'this is not a database');
    expect(listBackups(ws.backupDir)[0]?.path).toBe(damaged);
    expect(newestGoodBackup(ws.backupDir)?.path).toBe(good.path);
  });

  it('never counts or offers an empty file, and prunes it as damaged', () => {
    ws = openTempWorkspace();
    insertOne(ws, 'm-1');
    const good = backupDatabase(ws.db, {
      backupDir: ws.backupDir,
      reason: 'daily',
      now: at('2009-08-01T10:00:00Z'),
    });
    const empty = join(ws.backupDir, 'workspace-2009-08-02T10-00-00-000Z.daily.sqlite3');
    writeFileSync(empty, '');
    expect(newestGoodBackup(ws.backupDir)).toMatchObject({ path: good.path, memberships: 1 });
    expect(listVerifiedBackups(ws.backupDir).map((b) => b.path)).toEqual([good.path]);
    // The day of the empty file still gets its backup.
    const daily = ensureDailyBackup(ws.db, { backupDir: ws.backupDir, now: at('2009-08-02T12:00:00Z') });
    expect(daily?.reason).toBe('daily');
    expect(existsSync(empty)).toBe(false);
    expect(() => restoreBackupFile(ws.file, empty, { backupDir: ws.backupDir })).toThrow(/damaged/);
  });

  it('checks a copy before naming it: one holding other memberships is deleted and reported', () => {
    ws = openTempWorkspace();
    insertOne(ws, 'm-1');
    expect(verifyBackupFile(ws.file, 2)).toEqual({
      ok: false,
      detail: 'it holds 1 memberships instead of 2',
    });
    expect(verifyBackupFile(ws.file, 1)).toEqual({ ok: true, detail: 'ok', memberships: 1 });
  });

  it('clears copies a killed process left under a temporary name', () => {
    ws = openTempWorkspace();
    backupDatabase(ws.db, { backupDir: ws.backupDir, reason: 'daily' });
    // A pid that cannot be running: above the kernel's pid limit.
    const left = join(ws.backupDir, '.partial-99999999-workspace-x.daily.sqlite3');
    writeFileSync(left, 'half a copy');
    expect(listBackups(ws.backupDir)).toHaveLength(1);
    backupDatabase(ws.db, { backupDir: ws.backupDir, reason: 'daily' });
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(ws.backupDir).filter((n) => n.startsWith('.partial'))).toEqual([]);
  });

  it('restores a backup, moving the current file aside instead of deleting it', () => {
    ws = openTempWorkspace();
    insertOne(ws, 'm-1');
    const backup = backupDatabase(ws.db, { backupDir: ws.backupDir, reason: 'daily' });
    insertOne(ws, 'm-2');
    ws.db.close();
    const { movedAside } = restoreBackupFile(ws.file, backup.path, {
      backupDir: ws.backupDir,
      now: at('2009-08-03T10:00:00Z'),
    });
    expect(movedAside).toBe(`${ws.file}.before-restore-2009-08-03T10-00-00-000Z`);
    const restored = openWorkspace(ws.file, { backupDir: ws.backupDir });
    expect(restored.prepare('SELECT id FROM memberships').pluck().all()).toEqual(['m-1']);
    restored.close();
    const aside = openWorkspace(movedAside!, { backupDir: ws.backupDir });
    expect(aside.prepare('SELECT id FROM memberships ORDER BY id').pluck().all()).toEqual(['m-1', 'm-2']);
    aside.close();
  });

  it('refuses to restore a damaged backup and changes nothing', () => {
    ws = openTempWorkspace();
    ws.db.close();
    const damaged = join(ws.dir, 'bad.sqlite3');
    writeFileSync(damaged, 'garbage');
    expect(() => restoreBackupFile(ws.file, damaged, { backupDir: ws.backupDir })).toThrow(/damaged/);
    expect(existsSync(ws.file)).toBe(true);
  });

  it('moves a file and its WAL aside together', () => {
    ws = openTempWorkspace();
    insertOne(ws, 'm-1');
    const moved = moveAside(ws.file, 'corrupt', at('2009-08-01T00:00:00Z'));
    expect(existsSync(ws.file)).toBe(false);
    expect(existsSync(`${moved}-wal`)).toBe(true);
  });
});
