/**
 * Migration 3: competencies with their specializations, and the competency and specialization
 * chosen for this re-enrollment. Competency ids are unique within a membership, so the key is
 * (membership_id, id).
 */
import type { Migration } from './types';
import { boolCheck, dateCheck } from './sql-checks';

export const migration003: Migration = {
  version: 3,
  name: 'competencies',
  up(db) {
    db.exec(`
      CREATE TABLE competencies (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        attained_on TEXT ${dateCheck('attained_on')},
        other_requirements_met INTEGER NOT NULL DEFAULT 0 ${boolCheck('other_requirements_met')},
        PRIMARY KEY (membership_id, id)
      ) STRICT;
      CREATE INDEX competencies_by_position ON competencies (membership_id, position);

      CREATE TABLE competency_specializations (
        membership_id TEXT NOT NULL,
        competency_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (membership_id, competency_id, position),
        FOREIGN KEY (membership_id, competency_id) REFERENCES competencies (membership_id, id)
          ON DELETE CASCADE
      ) STRICT;

      -- A row means "chosen" is set (possibly with both parts still empty); no row means null.
      CREATE TABLE chosen_competencies (
        membership_id TEXT PRIMARY KEY NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        competency_id TEXT,
        specialization TEXT
      ) STRICT;
    `);
  },
};
