/** Migration 5: certified solutions and customer references. */
import type { Migration } from './types';
import { dateCheck, oneOf } from './sql-checks';

export const migration005: Migration = {
  version: 5,
  name: 'solutions-references',
  up(db) {
    db.exec(`
      CREATE TABLE certified_solutions (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        tested_on TEXT NOT NULL ${dateCheck('tested_on')},
        expires_on TEXT ${dateCheck('expires_on')},
        PRIMARY KEY (membership_id, id)
      ) STRICT;
      CREATE INDEX certified_solutions_by_position ON certified_solutions (membership_id, position);

      -- competency_id is checked by the application, not by a foreign key: deleting a
      -- competency unassigns its references rather than deleting them.
      CREATE TABLE customer_references (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        customer TEXT NOT NULL,
        status TEXT NOT NULL ${oneOf('status', ['draft', 'requested', 'accepted', 'declined'])},
        requested_on TEXT ${dateCheck('requested_on')},
        accepted_on TEXT ${dateCheck('accepted_on')},
        expires_on TEXT ${dateCheck('expires_on')},
        competency_id TEXT,
        specialization TEXT,
        PRIMARY KEY (membership_id, id)
      ) STRICT;
      CREATE INDEX customer_references_by_position ON customer_references (membership_id, position);
      CREATE INDEX customer_references_by_competency ON customer_references (membership_id, competency_id);
    `);
  },
};
