import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openWorkspace } from './open';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations';
import { checkDatabaseFile, listBackups } from './backups';
import { tempDir } from './testing';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function paths() {
  const dir = tempDir();
  return { file: join(dir, 'data', 'workspace.sqlite3'), backupDir: join(dir, 'backups') };
}

describe('openWorkspace', () => {
  it('creates a migrated database with WAL, synchronous=FULL and foreign keys, without a backup', () => {
    const { file, backupDir } = paths();
    const db = openWorkspace(file, { backupDir });
    cleanups.push(() => db.close());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(listBackups(backupDir)).toEqual([]);
    const strict = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND strict = 0",
      )
      .pluck()
      .all();
    expect(strict).toEqual([]);
  });

  it('takes a verified backup before migrating an older database, and keeps its rows', () => {
    const { file, backupDir } = paths();
    // A workspace last written by a version of the app that knew migrations 1 to 7.
    mkdirSync(dirname(file), { recursive: true });
    const old = new Database(file);
    migrate(old, 7);
    old
      .prepare(
        `INSERT INTO memberships (id, position, organization_name, level, target_level, expires_on)
       VALUES ('m-1', 0, 'Fabrikam', 'gold', 'gold', '2009-09-30')`,
      )
      .run();
    old.close();

    const now = () => new Date('2009-08-01T10:00:00.000Z');
    const db = openWorkspace(file, { backupDir, now });
    cleanups.push(() => db.close());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare('SELECT organization_name FROM memberships').pluck().get()).toBe('Fabrikam');
    const [backup] = listBackups(backupDir);
    expect(backup?.reason).toBe('before-migration-7');
    expect(backup?.takenAt).toBe('2009-08-01T10:00:00.000Z');
    expect(checkDatabaseFile(backup!.path).ok).toBe(true);
    const copy = new Database(backup!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(7);
    copy.close();
  });

  it('refuses a database written by a newer version, saying so, and leaves it unchanged', () => {
    const { file, backupDir } = paths();
    openWorkspace(file, { backupDir }).close();
    const newer = new Database(file);
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    expect(() => openWorkspace(file, { backupDir })).toThrow(DatabaseTooNewError);
    expect(() => openWorkspace(file, { backupDir })).toThrow(/newer version of this app .*Update the app/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    after.close();
    expect(existsSync(backupDir)).toBe(false);
  });

  it('opens an up-to-date database again without migrating or backing up', () => {
    const { file, backupDir } = paths();
    openWorkspace(file, { backupDir }).close();
    const db = openWorkspace(file, { backupDir });
    cleanups.push(() => db.close());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(listBackups(backupDir)).toEqual([]);
  });

  it('passes nativeBinding through to better-sqlite3', () => {
    const { file, backupDir } = paths();
    expect(() => openWorkspace(file, { backupDir, nativeBinding: join(tempDir(), 'missing.node') })).toThrow(
      /missing\.node|Cannot find|no such file/i,
    );
  });

  it('migrates from any older version to the latest', () => {
    for (let version = 1; version < SCHEMA_VERSION; version += 1) {
      const { file, backupDir } = paths();
      mkdirSync(dirname(file), { recursive: true });
      const old = new Database(file);
      migrate(old, version);
      old.close();
      const db = openWorkspace(file, { backupDir });
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      db.close();
    }
  });
});
