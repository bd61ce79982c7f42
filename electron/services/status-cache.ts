/**
 * The home screen's status rows, evaluated in the main process and kept per membership and asOf.
 *
 * Why here and not in the renderer: a large workspace holds 200 memberships × 500 MCPs; sending
 * all of it to the renderer to evaluate would move tens of megabytes over IPC (or HTTP in browser
 * mode) on every visit, while the rows the table shows are a few hundred bytes each. The main
 * process already holds the data, and `reenroll status` evaluates the same way.
 *
 * A row is re-evaluated only when its membership changed since (every handler that may change a
 * membership invalidates it, see `invalidating`) or the asOf differs; the rest are served from
 * the cache, so opening the home screen never re-evaluates unchanged memberships.
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
import { loadMemberships } from '../db/membership-read';
import { membershipStates } from '../db/lifecycle-state';
import { statement } from '../db/statements';
import type { Ruleset } from '../../shared/rules/ruleset';

export interface StatusCache {
  /** Every membership's row at asOf, in workspace order. */
  rows(asOf: IsoDate): StatusRow[];
  /** Every deadline of every membership not archived, at asOf, sorted by date. */
  deadlines(asOf: IsoDate): WorkspaceDeadlines;
  /** Forgets one membership's row, or every row when `id` is absent. */
  invalidate(id?: string): void;
  /** How many rows were evaluated since the cache was made (for tests). */
  readonly evaluated: number;
}

/** Rows evaluated under `ruleset` (the one the handlers were made with). */
export function createStatusCache(db: Database.Database, ruleset: Ruleset): StatusCache {
  const cache = new Map<string, { readonly asOf: IsoDate; readonly row: StatusRow }>();
  // Deadlines are kept apart and only once asked for: 200 memberships × 500 MCPs is a lot to hold.
  const deadlineCache = new Map<string, { readonly asOf: IsoDate; readonly part: MembershipDeadlines }>();
  let evaluated = 0;
  const allIds = () =>
    statement<[], { id: string }>(db, 'SELECT id FROM memberships ORDER BY position')
      .all()
      .map((r) => r.id);
  return {
    rows(asOf) {
      const ids = allIds();
      const stale = ids.filter((id) => cache.get(id)?.asOf !== asOf);
      if (stale.length > 0) {
        // One load for all stale memberships: a fixed number of queries, never one per row.
        for (const membership of loadMemberships(db, stale)) {
          cache.set(membership.id, { asOf, row: statusRow(membership, asOf, ruleset) });
          evaluated += 1;
        }
      }
      const present = new Set(ids);
      for (const id of cache.keys()) if (!present.has(id)) cache.delete(id);
      // Archive state is read fresh each time: changing it never needs a re-evaluation.
      const state = membershipStates(db);
      return ids.flatMap((id) => {
        const entry = cache.get(id);
        return entry ? [{ ...entry.row, ...state(id) }] : [];
      });
    },
    deadlines(asOf) {
      const state = membershipStates(db);
      const ids = allIds().filter((id) => !state(id).archived);
      const stale = ids.filter((id) => deadlineCache.get(id)?.asOf !== asOf);
      if (stale.length > 0) {
        for (const membership of loadMemberships(db, stale)) {
          const evaluation = evaluateMembership(membership, asOf, ruleset);
          deadlineCache.set(membership.id, { asOf, part: membershipDeadlines(evaluation) });
          // The same evaluation gives the status row: keep it too rather than evaluate twice.
          cache.set(membership.id, { asOf, row: statusRowOf(membership, evaluation) });
          evaluated += 1;
        }
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
      if (id === undefined) {
        cache.clear();
        deadlineCache.clear();
      } else {
        cache.delete(id);
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
  'ruleset:get',
  'workspace:deadlines',
  'workspace:lifecycle',
  'membership:get',
  'workspace:export',
  'settings:get',
  'settings:save',
  'report:render',
  'report:pdf',
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
    READ_ONLY.has(channel as ChannelName)
      ? handler
      : (args: unknown, context?: CallContext) => {
          const forget = () => cache.invalidate(namedMembership(args));
          let result: unknown;
          try {
            result = (handler as (input: unknown, context?: CallContext) => unknown)(args, context);
          } catch (error) {
            forget();
            throw error;
          }
          if (result instanceof Promise) return result.finally(forget);
          forget();
          return result;
        },
  ]);
  return Object.fromEntries(wrapped) as Handlers;
}
