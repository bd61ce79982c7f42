/**
 * Removing a membership from the workspace home (DESIGN §5): a verified backup is taken first,
 * then the membership and everything that belongs to it go in one transaction (the foreign keys
 * cascade). The renderer keeps the membership's interchange document to undo.
 */
import type Database from 'better-sqlite3';
import type { Handlers } from '../../shared/ipc/contract';
import { backupDatabase, type BackupOptions } from '../db/backups';
import { membershipExists } from '../db/membership-read';
import { deleteMembership } from '../db/membership-write';
import { UserFacingError } from './dispatch';

export type LifecycleHandlers = Pick<Handlers, 'membership:delete'>;

function notFound(id: string): UserFacingError {
  return new UserFacingError(`There is no membership with id "${id}".`, [
    { path: 'id', message: `no membership with id "${id}"` },
  ]);
}

export function createLifecycleHandlers(db: Database.Database, backups: BackupOptions): LifecycleHandlers {
  return {
    'membership:delete': ({ id }) => {
      if (!membershipExists(db, id)) throw notFound(id);
      const backup = backupDatabase(db, { ...backups, reason: 'before-delete' });
      if (!db.transaction(() => deleteMembership(db, id))()) throw notFound(id);
      return { deleted: id, backupPath: backup.path };
    },
  };
}
