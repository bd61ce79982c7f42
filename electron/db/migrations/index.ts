/**
 * The ordered list of schema migrations. `user_version` holds the number of the last one
 * applied; a new migration is appended here with the next number and never edited afterwards.
 */
import type Database from 'better-sqlite3';
import type { Migration } from './types';
import { migration001 } from './001-memberships';
import { migration002 } from './002-organization-profile';
import { migration003 } from './003-competencies';
import { migration004 } from './004-professionals';
import { migration005 } from './005-solutions-references';
import { migration006 } from './006-csat-other-points';
import { migration007 } from './007-assessment-steps';
import { migration008 } from './008-settings-notifications';
import { migration009 } from './009-lifecycle-status-cache';

export type { Migration };

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** The database's schema version (`PRAGMA user_version`). */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration after the current version up to `target`, all in ONE transaction, so
 * a failure (or a crash) leaves the database exactly at its old version.
 */
export function migrate(db: Database.Database, target: number = SCHEMA_VERSION): number {
  const from = schemaVersion(db);
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return from;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${target}`);
  })();
  return target;
}
