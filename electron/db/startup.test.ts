import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, restoreBackupFile } from './backups';
import { DatabaseTooNewError, openWorkspace } from './open';
import { openWorkspaceAtStart } from './startup';
import { openTempWorkspace, type TempWorkspace } from './testing';

let ws: TempWorkspace;
afterEach(() => ws?.dispose());

const now = () => new Date('2009-08-01T10:00:00Z');

/** Overwrites pages in the middle of the file, as a failing disk would. */
function damage(file: string) {
  const bytes = readFileSync(file);
  bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 3));
  writeFileSync(file, bytes);
}

function fill(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO memberships (id, position, organization_name, level, target_level, expires_on)
     VALUES (?, ?, ?, 'gold', 'gold', '2009-09-30')`,
  );
  db.transaction(() => {
    for (let i = 0; i < 500; i += 1) insert.run(`m-${i}`, i, `Organization ${'x'.repeat(100)} ${i}`);
  })();
}

/** A workspace of 500 memberships with one good backup, then damaged on disk. */
function damagedWorkspaceWithBackup() {
  ws = openTempWorkspace();
  fill(ws.db);
  const backup = backupDatabase(ws.db, { backupDir: ws.backupDir, reason: 'daily', now });
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  ws.db.close();
  damage(ws.file);
  return backup;
}

describe('openWorkspaceAtStart', () => {
  it('opens a sound database, and creates a missing one', () => {
    ws = openTempWorkspace();
    ws.db.close();
    const opened = openWorkspaceAtStart(ws.file, { backupDir: ws.backupDir });
    expect(opened).toMatchObject({ status: 'opened', created: false });
    if (opened.status === 'opened') opened.db.close();
    const fresh = openWorkspaceAtStart(join(ws.dir, 'new.sqlite3'), { backupDir: ws.backupDir });
    expect(fresh).toMatchObject({ status: 'opened', created: true });
    if (fresh.status === 'opened') fresh.db.close();
  });

  it('moves a damaged database aside, offers the newest good backup, and that backup restores', () => {
    const backup = damagedWorkspaceWithBackup();

    const result = openWorkspaceAtStart(ws.file, { backupDir: ws.backupDir, now });
    expect(result.status).toBe('corrupt');
    if (result.status !== 'corrupt') return;
    expect(result.reason).toMatch(/malformed|integrity|not a database|corrupt/i);
    expect(result.movedTo).toBe(`${ws.file}.corrupt-2009-08-01T10-00-00-000Z`);
    expect(existsSync(result.movedTo!)).toBe(true);
    expect(existsSync(ws.file)).toBe(false);
    expect(result.backup?.path).toBe(backup.path);

    restoreBackupFile(ws.file, result.backup!.path, { backupDir: ws.backupDir });
    const restored = openWorkspace(ws.file, { backupDir: ws.backupDir });
    expect(restored.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(500);
    restored.close();
  });

  it('never offers an empty backup file: a damaged workspace restores the newest good backup', () => {
    const good = damagedWorkspaceWithBackup();
    // What a crash in the middle of the old, unchecked backup left: a newer, empty file.
    writeFileSync(join(ws.backupDir, 'workspace-2009-08-02T10-00-00-000Z.daily.sqlite3'), '');

    const result = openWorkspaceAtStart(ws.file, { backupDir: ws.backupDir, now });
    expect(result.status).toBe('corrupt');
    if (result.status !== 'corrupt') return;
    expect(result.backup?.path).toBe(good.path);
    expect(result.backup).toMatchObject({ memberships: 500 });
    restoreBackupFile(ws.file, result.backup!.path, { backupDir: ws.backupDir });
    const restored = openWorkspace(ws.file, { backupDir: ws.backupDir });
    expect(restored.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(500);
    restored.close();
  });

  it('treats a file that is not a database as corrupt, with no backup to offer', () => {
    ws = openTempWorkspace();
    ws.db.close();
    const file = join(ws.dir, 'notes.sqlite3');
    writeFileSync(file, 'these are my notes, not a database'.repeat(200));
    const result = openWorkspaceAtStart(file, { backupDir: join(ws.dir, 'no-backups') });
    expect(result).toMatchObject({ status: 'corrupt', backup: null });
    if (result.status === 'corrupt')
      expect(readFileSync(result.movedTo!, 'utf8')).toMatch(/^these are my notes/);
  });

  it('does not move a database that is only newer than the app', () => {
    ws = openTempWorkspace();
    ws.db.pragma('user_version = 999');
    ws.db.close();
    expect(() => openWorkspaceAtStart(ws.file, { backupDir: ws.backupDir })).toThrow(DatabaseTooNewError);
    expect(existsSync(ws.file)).toBe(true);
  });
});
