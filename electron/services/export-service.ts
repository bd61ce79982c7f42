/**
 * `workspace:export`: the workspace (or some of its memberships) as an interchange document,
 * read a few memberships at a time so progress is reported and a cancel is heard between them.
 * It writes nothing, so it can be cancelled at any point.
 */
import type Database from 'better-sqlite3';
import { toInterchange } from '../../shared/interchange/parse';
import type { InterchangeDocument, Membership } from '../../shared/interchange/schema';
import type { CallContext } from '../../shared/ipc/contract';
import { loadMemberships } from '../db/membership-read';
import { plucked } from '../db/statements';
import { UserFacingError } from './dispatch';
import { checkpoint } from './long-work';

/** Memberships read between two progress reports: tens of milliseconds for large ones. */
const CHUNK = 10;
const CANCELLED = 'The export was cancelled. Nothing was saved.';

/** Exports the memberships `ids` (all when absent), in workspace order. */
export async function exportWorkspace(
  db: Database.Database,
  ids: readonly string[] | undefined,
  context: CallContext = {},
): Promise<InterchangeDocument> {
  const all = plucked<[], string>(db, 'SELECT id FROM memberships ORDER BY position').all();
  if (ids) {
    const known = new Set(all);
    const problems = ids
      .map((id, i) => ({ id, path: `ids[${i}]` }))
      .filter((entry) => !known.has(entry.id))
      .map((entry) => ({ path: entry.path, message: `There is no membership with id "${entry.id}"` }));
    if (problems.length > 0)
      throw new UserFacingError('not-found', 'Some memberships to export do not exist.', problems);
  }
  const wanted = ids ? new Set(ids) : null;
  const order = wanted ? all.filter((id) => wanted.has(id)) : all;
  const memberships: Membership[] = [];
  for (let start = 0; start < order.length; start += CHUNK) {
    context.progress?.({ what: 'Reading memberships', done: start, total: order.length });
    await checkpoint(context, CANCELLED);
    memberships.push(...loadMemberships(db, order.slice(start, start + CHUNK)));
  }
  context.progress?.({ what: 'Reading memberships', done: order.length, total: order.length });
  return toInterchange(memberships);
}
