/**
 * Which memberships are archived, and which finished years were rolled forward to which next
 * year: the `membership_lifecycle` table (migration 9). Its foreign keys forget a deleted
 * membership by themselves: its own row goes, and a link to it from a finished year is cleared.
 */
import type Database from 'better-sqlite3';
import type { WorkspaceLifecycle } from '../../shared/ipc/contract';
import type { MembershipState } from '../../shared/status/status-row';
import { bit, plucked, statement } from './statements';

export type LifecycleState = WorkspaceLifecycle;

interface LifecycleRow {
  readonly membership_id: string;
  readonly archived: number;
  readonly rolled_forward_to: string | null;
}

function rows(db: Database.Database): LifecycleRow[] {
  return statement<[], LifecycleRow>(
    db,
    `SELECT l.membership_id, l.archived, l.rolled_forward_to FROM membership_lifecycle l
       JOIN memberships m ON m.id = l.membership_id ORDER BY m.position`,
  ).all();
}

export function readLifecycle(db: Database.Database): LifecycleState {
  const all = rows(db);
  return {
    archived: all.filter((r) => r.archived === 1).map((r) => r.membership_id),
    rolledForward: Object.fromEntries(
      all.flatMap((r) => (r.rolled_forward_to === null ? [] : [[r.membership_id, r.rolled_forward_to]])),
    ),
  };
}

/** Archives or restores one membership. */
export function setArchived(db: Database.Database, id: string, archived: boolean): void {
  statement(
    db,
    `INSERT INTO membership_lifecycle (membership_id, archived) VALUES (?, ?)
     ON CONFLICT (membership_id) DO UPDATE SET archived = excluded.archived`,
  ).run(id, bit(archived));
}

/** Records that `from` was rolled forward to `to`, and archives `from`. */
export function setRolledForward(db: Database.Database, from: string, to: string): void {
  statement(
    db,
    `INSERT INTO membership_lifecycle (membership_id, archived, rolled_forward_to) VALUES (?, 1, ?)
     ON CONFLICT (membership_id) DO UPDATE SET archived = 1, rolled_forward_to = excluded.rolled_forward_to`,
  ).run(from, to);
}

/** True when the membership is a finished year (rolled forward): one indexed look-up. */
export function isFinishedYear(db: Database.Database, id: string): boolean {
  return (
    plucked<[string], number>(
      db,
      'SELECT 1 FROM membership_lifecycle WHERE membership_id = ? AND rolled_forward_to IS NOT NULL',
    ).get(id) !== undefined
  );
}

/** The state of each membership, for the status rows. */
export function membershipStates(db: Database.Database): (id: string) => MembershipState {
  const byId = new Map(rows(db).map((r) => [r.membership_id, r]));
  return (id) => {
    const row = byId.get(id);
    return { archived: row?.archived === 1, rolledForwardTo: row?.rolled_forward_to ?? null };
  };
}
