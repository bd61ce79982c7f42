/**
 * Migration 9: the workspace home's state as schema.
 *  - `membership_lifecycle`: archived or not, and the next year a finished year was rolled
 *    forward to, one row per membership that has either (before: one JSON value in `settings`,
 *    moved here and removed there; links to memberships that no longer exist are dropped).
 *  - `status_cache`: each membership's home-screen status row per asOf and ruleset, so a visit
 *    after a restart evaluates nothing unchanged. Triggers on every table a membership's data
 *    lives in forget its rows on any write, whoever writes (the app, an import, the CLI).
 */
import type Database from 'better-sqlite3';
import type { Migration } from './types';
import { boolCheck, dateCheck } from './sql-checks';

/** The tables holding a membership's data, and the column naming the membership. */
const MEMBERSHIP_DATA: readonly (readonly [table: string, column: string])[] = [
  ['memberships', 'id'],
  ['contacts', 'membership_id'],
  ['competencies', 'membership_id'],
  ['competency_specializations', 'membership_id'],
  ['chosen_competencies', 'membership_id'],
  ['professionals', 'membership_id'],
  ['certifications', 'membership_id'],
  ['professional_links', 'membership_id'],
  ['certified_solutions', 'membership_id'],
  ['customer_references', 'membership_id'],
  ['csat_surveys', 'membership_id'],
  ['csat_responses', 'membership_id'],
  ['other_points', 'membership_id'],
  ['maps_assessments', 'membership_id'],
  ['manual_steps', 'membership_id'],
];

function invalidationTriggers(): string {
  const forget = (row: 'NEW' | 'OLD', column: string) =>
    `DELETE FROM status_cache WHERE membership_id = ${row}.${column};`;
  return MEMBERSHIP_DATA.map(
    ([table, column]) => `
      CREATE TRIGGER status_cache_${table}_insert AFTER INSERT ON ${table}
        BEGIN ${forget('NEW', column)} END;
      CREATE TRIGGER status_cache_${table}_update AFTER UPDATE ON ${table}
        BEGIN ${forget('OLD', column)} ${forget('NEW', column)} END;
      CREATE TRIGGER status_cache_${table}_delete AFTER DELETE ON ${table}
        BEGIN ${forget('OLD', column)} END;`,
  ).join('\n');
}

const SETTINGS_KEY = 'membershipLifecycle';

/** Moves the JSON lifecycle value of `settings` into `membership_lifecycle`. */
function moveLifecycleOutOfSettings(db: Database.Database): void {
  const saved = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY) as
    string | undefined;
  if (saved === undefined) return;
  const value = JSON.parse(saved) as { archived?: unknown; rolledForward?: unknown };
  const archived = Array.isArray(value.archived) ? value.archived.filter((a) => typeof a === 'string') : [];
  const rolled =
    typeof value.rolledForward === 'object' && value.rolledForward !== null
      ? Object.entries(value.rolledForward as Record<string, unknown>)
      : [];
  const exists = db.prepare('SELECT 1 FROM memberships WHERE id = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO membership_lifecycle (membership_id, archived, rolled_forward_to) VALUES (?, ?, ?)
     ON CONFLICT (membership_id) DO UPDATE SET
       archived = max(archived, excluded.archived),
       rolled_forward_to = coalesce(excluded.rolled_forward_to, rolled_forward_to)`,
  );
  for (const id of archived) if (exists.get(id)) upsert.run(id, 1, null);
  for (const [from, to] of rolled)
    if (typeof to === 'string' && exists.get(from) && exists.get(to)) upsert.run(from, 1, to);
  db.prepare('DELETE FROM settings WHERE key = ?').run(SETTINGS_KEY);
}

export const migration009: Migration = {
  version: 9,
  name: 'lifecycle-status-cache',
  up(db) {
    db.exec(`
      CREATE TABLE membership_lifecycle (
        membership_id TEXT PRIMARY KEY NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        archived INTEGER NOT NULL DEFAULT 0 ${boolCheck('archived')},
        rolled_forward_to TEXT REFERENCES memberships (id) ON DELETE SET NULL
      ) STRICT;

      CREATE TABLE status_cache (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        as_of TEXT NOT NULL ${dateCheck('as_of')},
        ruleset TEXT NOT NULL,
        row TEXT NOT NULL CHECK (json_valid(row)),
        PRIMARY KEY (membership_id, as_of, ruleset)
      ) STRICT;
      ${invalidationTriggers()}
    `);
    moveLifecycleOutOfSettings(db);
  },
};
