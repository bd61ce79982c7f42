/** Migration 1: the memberships of the workspace and their contacts (the first tab). */
import type { Migration } from './types';
import { boolCheck, dateCheck, LEVEL_VALUES, oneOf } from './sql-checks';

export const migration001: Migration = {
  version: 1,
  name: 'memberships',
  up(db) {
    db.exec(`
      CREATE TABLE memberships (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        organization_name TEXT NOT NULL,
        location TEXT,
        country TEXT,
        level TEXT NOT NULL ${oneOf('level', LEVEL_VALUES)},
        target_level TEXT NOT NULL ${oneOf('target_level', LEVEL_VALUES)},
        started_on TEXT ${dateCheck('started_on')},
        expires_on TEXT NOT NULL ${dateCheck('expires_on')},
        renewing_subscriber INTEGER NOT NULL DEFAULT 0 ${boolCheck('renewing_subscriber')}
      ) STRICT;
      CREATE INDEX memberships_by_position ON memberships (position);

      CREATE TABLE contacts (
        membership_id TEXT PRIMARY KEY NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        primary_contact_name TEXT,
        primary_contact_email TEXT,
        preparer_name TEXT,
        preparer_is_global_admin INTEGER NOT NULL DEFAULT 0 ${boolCheck('preparer_is_global_admin')}
      ) STRICT;
    `);
  },
};
