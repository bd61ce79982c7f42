/**
 * Listing the workspace's good backups and restoring one, for the renderer's one restore flow
 * (browser mode and the desktop menu alike). A restore reads the backup's memberships (migrating
 * a copy if the backup is from an older schema) and replaces the workspace's in one transaction,
 * after a backup of the current state — so it works on the open database and can be undone by
 * restoring that backup.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupSummary, Handlers } from '../../shared/ipc/contract';
import { toInterchange } from '../../shared/interchange/parse';
import { listVerifiedBackups, type BackupOptions } from '../db/backups';
import { loadMemberships } from '../db/membership-read';
import { openWorkspace } from '../db/open';
import { UserFacingError } from './dispatch';
import { restoreWorkspace } from './import';
import { checkpoint } from './long-work';

type BackupHandlers = Pick<Handlers, 'backup:list' | 'backup:restore'>;

/** The memberships of a backup file, read from a migrated temporary copy (the backup is never changed). */
function membershipsOf(path: string, nativeBinding: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'reenroll-restore-'));
  try {
    const copy = join(dir, 'backup.sqlite3');
    copyFileSync(path, copy);
    const db = openWorkspace(copy, { backupDir: join(dir, 'backups'), nativeBinding });
    try {
      return loadMemberships(db);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `backup:list` and `backup:restore` over the workspace `db` and its backup folder. */
export function createBackupHandlers(db: Database.Database, options: BackupOptions): BackupHandlers {
  const list = (): BackupSummary[] =>
    listVerifiedBackups(options.backupDir, options.nativeBinding).map((b) => ({
      name: basename(b.path),
      takenAt: b.takenAt,
      reason: b.reason,
      bytes: b.bytes,
      memberships: b.memberships,
    }));
  return {
    'backup:list': () => list(),
    'backup:restore': async ({ name }, context = {}) => {
      // Only a name from the list is accepted, so no path reaches the file system from outside.
      const backup = listVerifiedBackups(options.backupDir, options.nativeBinding).find(
        (b) => basename(b.path) === name,
      );
      if (!backup)
        throw new UserFacingError('not-found', 'That backup is no longer there. Nothing was changed.', [
          { path: 'name', message: 'No good backup has this name.' },
        ]);
      context.progress?.({ what: 'Reading the backup', done: 0, total: 1 });
      const doc = toInterchange(membershipsOf(backup.path, options.nativeBinding));
      // Up to here only a temporary copy was touched: a cancel loses nothing.
      await checkpoint(context, 'The restore was cancelled. Nothing was changed.');
      context.progress?.({
        what: 'Taking a backup of the workspace as it is',
        done: 0,
        total: 1,
        writing: true,
      });
      const what = 'Restoring memberships';
      const summary = restoreWorkspace(db, doc, {
        ...options,
        onProgress: (done, total) => context.progress?.({ what, done, total, writing: true }),
      });
      return { memberships: doc.memberships.length, backupPath: summary.backupPath };
    },
  };
}
