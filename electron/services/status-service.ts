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

/** Every membership's row at asOf, in workspace order. */
export function workspaceStatus(db: Database.Database, asOf: IsoDate, ruleset: Ruleset): StatusRow[] {
  const state = membershipStates(db);
  return loadMemberships(db).map((membership) => statusRow(membership, asOf, ruleset, state(membership.id)));
}
