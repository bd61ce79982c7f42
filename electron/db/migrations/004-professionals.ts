/** Migration 4: professionals (MCPs), their certifications and their links to competencies. */
import type { Migration } from './types';
import { boolCheck, dateCheck } from './sql-checks';

export const migration004: Migration = {
  version: 4,
  name: 'professionals',
  up(db) {
    db.exec(`
      CREATE TABLE professionals (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        mcp_id TEXT,
        associated INTEGER NOT NULL DEFAULT 0 ${boolCheck('associated')},
        PRIMARY KEY (membership_id, id)
      ) STRICT;
      CREATE INDEX professionals_by_position ON professionals (membership_id, position);

      CREATE TABLE certifications (
        membership_id TEXT NOT NULL,
        professional_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        earned_on TEXT NOT NULL ${dateCheck('earned_on')},
        expires_on TEXT ${dateCheck('expires_on')},
        newer_exam_required_by TEXT ${dateCheck('newer_exam_required_by')},
        PRIMARY KEY (membership_id, professional_id, position),
        FOREIGN KEY (membership_id, professional_id) REFERENCES professionals (membership_id, id)
          ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE professional_links (
        membership_id TEXT NOT NULL,
        professional_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        competency_id TEXT NOT NULL,
        specialization TEXT NOT NULL,
        PRIMARY KEY (membership_id, professional_id, position),
        FOREIGN KEY (membership_id, professional_id) REFERENCES professionals (membership_id, id)
          ON DELETE CASCADE,
        FOREIGN KEY (membership_id, competency_id) REFERENCES competencies (membership_id, id)
          ON DELETE CASCADE
      ) STRICT;
      -- The Gold rules count MCPs linked to the chosen competency; the foreign key needs it too.
      CREATE INDEX professional_links_by_competency ON professional_links (membership_id, competency_id);
    `);
  },
};
