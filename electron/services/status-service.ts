/**
 * The status rows of a whole workspace (DESIGN §5 and §8), read with a fixed number of queries
 * whatever the number of memberships, for `reenroll status` and the home screen alike.
 */
import type Database from 'better-sqlite3';
import type { IsoDate } from '../../shared/dates';
import type { Ruleset } from '../../shared/rules/ruleset';
import { statusRow, type StatusRow } from '../../shared/status/status-row';
import { loadMemberships } from '../db/membership-read';
import { membershipStates } from '../db/lifecycle-state';
import { createStatusCache } from './status-cache';

/**
 * Every membership's row at asOf, in workspace order. With the built-in ruleset the rows kept in
 * `status_cache` are used (and the missing ones kept); a ruleset document is evaluated afresh.
 */
export function workspaceStatus(db: Database.Database, asOf: IsoDate, ruleset?: Ruleset): StatusRow[] {
  if (ruleset === undefined) return createStatusCache(db).rows(asOf);
  const state = membershipStates(db);
  return loadMemberships(db).map((membership) => statusRow(membership, asOf, state(membership.id), ruleset));
}
