/**
 * Opening the workspace when the app starts: a database that cannot be read is moved aside
 * (never deleted) and the newest good backup is offered, so the UI can ask what to do.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { integrityOf, newestGoodBackup, moveAside, type VerifiedBackup } from './backups';
import { openWorkspace, type WorkspaceDb, type WorkspaceOptions } from './open';

export type StartupResult =
  | { readonly status: 'opened'; readonly db: WorkspaceDb; readonly created: boolean }
  | {
      readonly status: 'corrupt';
      /** Why SQLite could not use the file. */
      readonly reason: string;
      /** Where the unreadable file now is. */
      readonly movedTo: string | null;
      /** The newest backup that passes its check (never an empty file), to offer; null when none. */
      readonly backup: VerifiedBackup | null;
    };

/** SQLite's words for a file that is not (or no longer) a sound database. */
const CORRUPTION = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * Opens the workspace at `file`. A corrupt file gives `{ status: 'corrupt' }` with the file
 * moved aside and the backup to offer; the caller then restores it (`restoreBackupFile`, then
 * `openWorkspace`) or starts empty (`openWorkspace`). A database newer than the app still throws
 * `DatabaseTooNewError`: it is not damaged and must not be moved.
 */
export function openWorkspaceAtStart(file: string, options: WorkspaceOptions): StartupResult {
  const created = !existsSync(file);
  let reason: string;
  try {
    const db = openWorkspace(file, options);
    const check = integrityOf(db);
    if (check.ok) return { status: 'opened', db, created };
    db.close();
    reason = `integrity check failed: ${check.detail}`;
  } catch (error) {
    if (!(error instanceof Database.SqliteError) || !CORRUPTION.test(error.code)) throw error;
    reason = error.message;
  }
  const movedTo = moveAside(file, 'corrupt', options.now);
  return {
    status: 'corrupt',
    reason,
    movedTo,
    backup: newestGoodBackup(options.backupDir, options.nativeBinding),
  };
}
