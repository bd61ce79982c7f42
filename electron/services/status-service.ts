/**
 * The status rows of a whole workspace (DESIGN §5 and §8), read with a fixed number of queries
 * whatever the number of memberships, for `reenroll status` and the home screen alike.
 */
import type Database from 'better-sqlite3';
import type { IsoDate } from '../../shared/dates';
import type { Ruleset } from '../../shared/rules/ruleset';
import type { StatusRow } from '../../shared/status/status-row';
import { createStatusCache } from './status-cache';

/**
 * Every membership's row at asOf, in workspace order: the rows kept in `status_cache` for this
 * ruleset are read back, and the missing ones evaluated and kept.
 */
export function workspaceStatus(db: Database.Database, asOf: IsoDate, ruleset: Ruleset): StatusRow[] {
  return createStatusCache(db, ruleset).rows(asOf);
}
