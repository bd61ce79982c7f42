/**
 * The home screen's status rows, evaluated in the main process and kept per membership and asOf.
 *
 * Why here and not in the renderer: a large workspace holds 200 memberships × 500 MCPs; sending
 * all of it to the renderer to evaluate would move tens of megabytes over IPC (or HTTP in browser
 * mode) on every visit, while the rows the table shows are a few hundred bytes each. The main
 * process already holds the data, and `reenroll status` evaluates the same way.
 *
 * Rows are kept in the `status_cache` table (migration 9) per membership, asOf and ruleset, so
 * they outlive a restart. A row is re-evaluated only when its membership changed since (triggers
 * forget it on any write; every handler that may change a membership also invalidates it, see
 * `invalidating`) or the asOf differs; the rest are read back, so opening the home screen never
 * re-evaluates unchanged memberships, even on the first visit after a restart.
 */
import type Database from 'better-sqlite3';
import type { IsoDate } from '../../shared/dates';
import type { CallContext, ChannelName, Handlers } from '../../shared/ipc/contract';
import type { StatusRow } from '../../shared/status/status-row';
import { statusRow, statusRowOf } from '../../shared/status/status-row';
import {
  membershipDeadlines,
  workspaceDeadlines,
  type MembershipDeadlines,
  type WorkspaceDeadlines,
} from '../../shared/status/workspace-deadlines';
import { evaluateMembership } from '../../shared/rules/evaluate';
import type { Ruleset } from '../../shared/rules/ruleset';
import { loadMemberships } from '../db/membership-read';
import { membershipStates } from '../db/lifecycle-state';
import { statement } from '../db/statements';
import { UserFacingError } from './dispatch';

export interface StatusCache {
  /**
   * Every membership's row at asOf, in workspace order; `onProgress` hears how many of the
   * memberships to evaluate are done, after each batch.
   */
  rows(asOf: IsoDate, onProgress?: (done: number, total: number) => void): StatusRow[];
  /**
   * Every deadline of every membership not archived, at asOf, sorted by date; `onProgress` hears
   * how many of the memberships to evaluate are done.
   */
  deadlines(asOf: IsoDate, onProgress?: (done: number, total: number) => void): WorkspaceDeadlines;
  /** Forgets one membership's row, or every row when `id` is absent. */
  invalidate(id?: string): void;
  /** How many rows were evaluated since the cache was made (for tests). */
  readonly evaluated: number;
}

/** The shape of a kept row: raised when StatusRow gains a field, so older rows are re-evaluated. */
const ROW_SHAPE = 2;

/**
 * What a kept row was evaluated under: the ruleset's id and a hash of its whole document, so a
 * document that reuses an id with other numbers never reads rows evaluated under the first; and
 * the row shape, so a row kept by an older version is never read back without its new fields.
 */
export function rulesetKey(ruleset: Ruleset): string {
  const text = JSON.stringify(ruleset);
  let hash = 0x811c9dc5; // FNV-1a, 32 bits: a fingerprint, not a security check.
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${ruleset.id}#${(hash >>> 0).toString(16)}#${ROW_SHAPE}`;
}

/** Hands a call's progress the count of memberships evaluated, for the window to show. */
export function evaluating(context: CallContext | undefined) {
  return (done: number, total: number) =>
    context?.progress?.({ what: 'Evaluating memberships', done, total });
}

/** Memberships loaded and evaluated together: about 100 milliseconds at 500 MCPs each. */
const BATCH = 4;

/** Rows evaluated under `ruleset` (the one the handlers or the CLI were given). */
export function createStatusCache(db: Database.Database, ruleset: Ruleset): StatusCache {
  const RULESET = rulesetKey(ruleset);
  // Deadlines are kept in memory and only once asked for: 200 × 500 MCPs is a lot to hold.
  const deadlineCache = new Map<string, { readonly asOf: IsoDate; readonly part: MembershipDeadlines }>();
  let evaluated = 0;
  const allIds = () =>
    statement<[], { id: string }>(db, 'SELECT id FROM memberships ORDER BY position')
      .all()
      .map((r) => r.id);
  /** Keeps a row in `status_cache`, in place of the membership's rows at any other asOf. */
  const store = (row: StatusRow, asOf: IsoDate) => {
    statement(db, 'DELETE FROM status_cache WHERE membership_id = ?').run(row.id);
    statement(db, 'INSERT INTO status_cache (membership_id, as_of, ruleset, row) VALUES (?, ?, ?, ?)').run(
      row.id,
      asOf,
      RULESET,
      JSON.stringify(row),
    );
  };
  return {
    rows(asOf, onProgress) {
      const ids = allIds();
      const kept = new Map(
        statement<[IsoDate, string], { membership_id: string; row: string }>(
          db,
          'SELECT membership_id, row FROM status_cache WHERE as_of = ? AND ruleset = ?',
        )
          .all(asOf, RULESET)
          .map((r) => [r.membership_id, JSON.parse(r.row) as StatusRow]),
      );
      const stale = ids.filter((id) => !kept.has(id));
      // Said before the first batch, so the step shows as it starts, not once a batch is done.
      if (stale.length > 0) onProgress?.(0, stale.length);
      // Stale memberships are loaded a batch at a time (a fixed number of queries per batch, never
      // one per row), so a whole workspace is never held at once and progress comes often.
      for (let at = 0; at < stale.length; at += BATCH) {
        const batch = stale.slice(at, at + BATCH);
        const fresh = loadMemberships(db, batch).map((membership) => statusRow(membership, asOf, ruleset));
        evaluated += fresh.length;
        db.transaction(() => fresh.forEach((row) => store(row, asOf)))();
        for (const row of fresh) kept.set(row.id, row);
        onProgress?.(at + batch.length, stale.length);
      }
      // Archive state is read fresh each time: changing it never needs a re-evaluation.
      const state = membershipStates(db);
      return ids.flatMap((id) => {
        const row = kept.get(id);
        return row ? [{ ...row, ...state(id) }] : [];
      });
    },
    deadlines(asOf, onProgress) {
      const state = membershipStates(db);
      const ids = allIds().filter((id) => !state(id).archived);
      const stale = ids.filter((id) => deadlineCache.get(id)?.asOf !== asOf);
      if (stale.length > 0) onProgress?.(0, stale.length);
      // A batch at a time, as the rows are: progress comes while they load, not only after.
      for (let at = 0; at < stale.length; at += BATCH) {
        const batch = stale.slice(at, at + BATCH);
        const memberships = loadMemberships(db, batch);
        db.transaction(() => {
          for (const membership of memberships) {
            const evaluation = evaluateMembership(membership, asOf, ruleset);
            deadlineCache.set(membership.id, { asOf, part: membershipDeadlines(evaluation) });
            // The same evaluation gives the status row: keep it too rather than evaluate twice.
            store(statusRowOf(membership, evaluation), asOf);
            evaluated += 1;
          }
        })();
        onProgress?.(at + batch.length, stale.length);
      }
      return workspaceDeadlines(
        asOf,
        ids.flatMap((id) => {
          const entry = deadlineCache.get(id);
          return entry ? [entry.part] : [];
        }),
      );
    },
    invalidate(id) {
      // The triggers of migration 9 already forget a membership's rows on any write to it;
      // this covers a change that failed half-way, and the deadlines kept in memory.
      if (id === undefined) {
        statement(db, 'DELETE FROM status_cache').run();
        deadlineCache.clear();
      } else {
        statement(db, 'DELETE FROM status_cache WHERE membership_id = ?').run(id);
        deadlineCache.delete(id);
      }
    },
    get evaluated() {
      return evaluated;
    },
  };
}

/** Channels that never change a membership; every other channel invalidates what it names. */
export const READ_ONLY: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'workspace:list',
  'workspace:status',
  'workspace:deadlines',
  'workspace:lifecycle',
  'ruleset:get',
  'backup:list',
  'membership:get',
  'workspace:export',
  'settings:get',
  'settings:save',
  'report:render',
  'report:pdf',
  'sheet:preview',
]);

/**
 * Channels that forget every row themselves right after their one write transaction commits,
 * then evaluate them again with progress before answering: forgetting after them would throw
 * that work away, and a refused or rolled-back import wrote nothing to forget.
 */
export const REFRESHES_ITSELF: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'workspace:import',
  'workspace:open-sample',
]);

/** The membership a change names (`id` or `membershipId`), or undefined when it may touch any. */
export function namedMembership(args: unknown): string | undefined {
  if (typeof args !== 'object' || args === null) return undefined;
  const record = args as Record<string, unknown>;
  const id = record['membershipId'] ?? record['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * Wraps the handlers so each change invalidates the rows it may have changed: the membership it
 * names, or all of them (imports, restores, and any channel not known to be read-only), even
 * when the change failed half-way, so the cache can only ever be too fresh, never stale.
 */
export function invalidating(handlers: Handlers, cache: StatusCache): Handlers {
  const wrapped = Object.entries(handlers).map(([channel, handler]) => [
    channel,
    READ_ONLY.has(channel as ChannelName) || REFRESHES_ITSELF.has(channel as ChannelName)
      ? handler
      : (args: unknown, context?: CallContext) => {
          const forget = () => cache.invalidate(namedMembership(args));
          // A refusal (a UserFacingError) is thrown before the change or inside its rolled-back
          // transaction: nothing changed, so the rows stay. Any other failure forgets them.
          const failed = (error: unknown) => {
            if (!(error instanceof UserFacingError)) forget();
            throw error;
          };
          let result: unknown;
          try {
            result = (handler as (input: unknown, context?: CallContext) => unknown)(args, context);
          } catch (error) {
            failed(error);
          }
          if (result instanceof Promise) return result.then((value: unknown) => (forget(), value), failed);
          forget();
          return result;
        },
  ]);
  return Object.fromEntries(wrapped) as Handlers;
}
