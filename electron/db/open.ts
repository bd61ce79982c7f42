/**
 * Opening the workspace database: the durability settings every connection needs, the schema
 * migrations (after a verified backup of an existing file), and the refusal of a database
 * written by a newer version of the app.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from './connect';
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations';
import { backupDatabase } from './backups';

/** The open workspace: the better-sqlite3 connection itself, so callers keep its full API. */
export type WorkspaceDb = Database.Database;

export interface WorkspaceOptions {
  /** Where backups are written (before migrations and imports, and daily). */
  readonly backupDir: string;
  /** The clock backups are stamped with. */
  readonly now?: () => Date;
  /**
   * Path of the better-sqlite3 `.node` file to load. Inside Electron the app passes its
   * Electron-ABI build (`.electron-native/better_sqlite3.node`); tests and the CLI leave it unset
   * and get the Node-ABI build from node_modules.
   */
  readonly nativeBinding?: string;
}

/** The database was written by a newer version of the app; opening it would risk its data. */
export class DatabaseTooNewError extends Error {
  override readonly name = 'DatabaseTooNewError';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The workspace ${file} was saved by a newer version of this app (schema version ${found}; ` +
        `this version understands up to ${supported}). Update the app to open it. The file was not changed.`,
    );
  }
}

/** Opens (creating if needed) the workspace database at `file` and brings its schema up to date. */
export function openWorkspace(file: string, options: WorkspaceOptions): WorkspaceDb {
  mkdirSync(dirname(file), { recursive: true });
  const db = connect(file, options);
  try {
    // WAL with synchronous=FULL: a commit is on disk before better-sqlite3 returns, so a save the
    // UI confirmed survives a crash of the app or of the machine.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const version = schemaVersion(db);
    if (version > SCHEMA_VERSION) throw new DatabaseTooNewError(file, version, SCHEMA_VERSION);
    if (version < SCHEMA_VERSION) {
      if (version > 0) backupDatabase(db, { ...options, reason: `before-migration-${version}` });
      migrate(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
