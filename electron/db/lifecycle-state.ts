/**
 * Which memberships are archived, and which finished years were rolled forward to which next
 * year. Kept as one JSON value in the `settings` table so no schema change is needed while the
 * migration numbers before ours are still being written; every delete forgets its membership
 * in the same transaction, so nothing dangles.
 */
import type Database from 'better-sqlite3';
import type { WorkspaceLifecycle } from '../../shared/ipc/contract';
import type { MembershipState } from '../../shared/status/status-row';
import { statement } from './statements';

const KEY = 'membershipLifecycle';

export type LifecycleState = WorkspaceLifecycle;

const EMPTY: LifecycleState = { archived: [], rolledForward: {} };

export function readLifecycle(db: Database.Database): LifecycleState {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as
    { value: string } | undefined;
  if (!row) return EMPTY;
  const saved = JSON.parse(row.value) as Partial<LifecycleState>;
  return { archived: saved.archived ?? [], rolledForward: saved.rolledForward ?? {} };
}

function write(db: Database.Database, state: LifecycleState): void {
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify({ archived: state.archived, rolledForward: state.rolledForward }));
}

/** Archives or restores one membership. */
export function setArchived(db: Database.Database, id: string, archived: boolean): void {
  const state = readLifecycle(db);
  const others = state.archived.filter((a) => a !== id);
  write(db, { ...state, archived: archived ? [...others, id] : others });
}

/** Records that `from` was rolled forward to `to`, and archives `from`. */
export function setRolledForward(db: Database.Database, from: string, to: string): void {
  const state = readLifecycle(db);
  write(db, {
    archived: [...state.archived.filter((a) => a !== from), from],
    rolledForward: { ...state.rolledForward, [from]: to },
  });
}

/** Forgets a deleted membership: its archive mark and every link from or to it. */
export function forgetMembership(db: Database.Database, id: string): void {
  const state = readLifecycle(db);
  const rolledForward = Object.fromEntries(
    Object.entries(state.rolledForward).filter(([from, to]) => from !== id && to !== id),
  );
  write(db, { archived: state.archived.filter((a) => a !== id), rolledForward });
}

/** The state of each membership, for the status rows. */
export function membershipStates(db: Database.Database): (id: string) => MembershipState {
  const state = readLifecycle(db);
  const archived = new Set(state.archived);
  return (id) => ({ archived: archived.has(id), rolledForwardTo: state.rolledForward[id] ?? null });
}
