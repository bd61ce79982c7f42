/**
 * Deleting, archiving and rolling forward memberships from the workspace home (DESIGN §5).
 * A delete takes a verified backup first, then removes the membership and everything that
 * belongs to it in one transaction (the foreign keys cascade); the renderer keeps its
 * interchange document to undo. A finished year, once rolled forward, stays read-only.
 */
import type Database from 'better-sqlite3';
import type { CallContext, Handlers } from '../../shared/ipc/contract';
import { nextYear } from '../../shared/status/roll-forward';
import { backupDatabase, type BackupOptions } from '../db/backups';
import { isFinishedYear, readLifecycle, setArchived, setRolledForward } from '../db/lifecycle-state';
import { loadMembership, membershipExists } from '../db/membership-read';
import { deleteMembership, insertMembership, nextMembershipPosition } from '../db/membership-write';
import { UserFacingError } from './dispatch';
import { freshMembershipId, membershipIds } from './import';
import { namedMembership } from './status-cache';

export type LifecycleHandlers = Pick<
  Handlers,
  'membership:delete' | 'membership:archive' | 'membership:roll-forward' | 'workspace:lifecycle'
>;

function notFound(id: string): UserFacingError {
  return new UserFacingError('not-found', `There is no membership with id "${id}".`, [
    { path: 'id', message: `There is no membership with id "${id}"` },
  ]);
}

export function createLifecycleHandlers(db: Database.Database, backups: BackupOptions): LifecycleHandlers {
  const inTransaction = <T>(change: () => T): T => db.transaction(change)();
  return {
    'membership:delete': ({ id }) => {
      if (!membershipExists(db, id)) throw notFound(id);
      const backup = backupDatabase(db, { ...backups, reason: 'before-delete' });
      // The lifecycle table's foreign keys forget the membership with it.
      const deleted = inTransaction(() => deleteMembership(db, id));
      if (!deleted) throw notFound(id);
      return { deleted: id, backupPath: backup.path };
    },
    'membership:archive': ({ id, archived }) => {
      if (!membershipExists(db, id)) throw notFound(id);
      if (!archived && isFinishedYear(db, id)) {
        throw new UserFacingError(
          'validation',
          'A finished year stays archived: open its next year instead.',
          [{ path: 'archived', message: 'This year was rolled forward' }],
        );
      }
      inTransaction(() => setArchived(db, id, archived));
      return { id, archived };
    },
    'membership:roll-forward': ({ id, expiresOn }) => {
      const old = loadMembership(db, id);
      if (!old) throw notFound(id);
      if (isFinishedYear(db, id)) {
        throw new UserFacingError('validation', 'This year was already rolled forward.', [
          { path: 'id', message: 'This year was already rolled forward' },
        ]);
      }
      if (expiresOn <= old.enrollment.expiresOn) {
        throw new UserFacingError('validation', 'The new expiry must come after the old one.', [
          { path: 'expiresOn', message: `The new expiry date must be after ${old.enrollment.expiresOn}` },
        ]);
      }
      const next = inTransaction(() => {
        const fresh = freshMembershipId(membershipIds(db));
        insertMembership(db, nextYear(old, fresh, expiresOn), nextMembershipPosition(db));
        setRolledForward(db, id, fresh);
        return fresh;
      });
      return loadMembership(db, next) as NonNullable<ReturnType<typeof loadMembership>>;
    },
    'workspace:lifecycle': () => readLifecycle(db),
  };
}

/** Channels that may change a finished year only through the lifecycle itself. */
const LIFECYCLE: ReadonlySet<string> = new Set([
  'membership:delete',
  'membership:archive',
  'membership:roll-forward',
]);

/**
 * Wraps the handlers so a finished year (rolled forward) cannot be edited: a change naming it is
 * refused with a sentence saying where to make changes instead.
 */
export function keepFinishedYearsReadOnly(
  handlers: Handlers,
  db: Database.Database,
  readOnly: ReadonlySet<string>,
): Handlers {
  const wrapped = Object.entries(handlers).map(([channel, handler]) => [
    channel,
    readOnly.has(channel) || LIFECYCLE.has(channel)
      ? handler
      : (args: unknown, context?: CallContext) => {
          const id = namedMembership(args);
          if (id !== undefined && isFinishedYear(db, id)) {
            throw new UserFacingError(
              'validation',
              'This year is finished and kept read-only for reference; make changes in its next year.',
              [{ path: 'id', message: 'This year was rolled forward' }],
            );
          }
          return (handler as (input: unknown, context?: CallContext) => unknown)(args, context);
        },
  ]);
  return Object.fromEntries(wrapped) as Handlers;
}
