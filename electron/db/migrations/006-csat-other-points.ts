/** Migration 6: Customer Satisfaction surveys with responses per customer, and other points. */
import type { Migration } from './types';
import { dateCheck } from './sql-checks';

export const migration006: Migration = {
  version: 6,
  name: 'csat-other-points',
  up(db) {
    db.exec(`
      CREATE TABLE csat_surveys (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        participated_on TEXT NOT NULL ${dateCheck('participated_on')},
        PRIMARY KEY (membership_id, id)
      ) STRICT;
      CREATE INDEX csat_surveys_by_position ON csat_surveys (membership_id, position);

      CREATE TABLE csat_responses (
        membership_id TEXT NOT NULL,
        survey_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        customer TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        PRIMARY KEY (membership_id, survey_id, position),
        FOREIGN KEY (membership_id, survey_id) REFERENCES csat_surveys (membership_id, id)
          ON DELETE CASCADE
      ) STRICT;

      CREATE TABLE other_points (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        points INTEGER NOT NULL CHECK (points >= 0),
        earned_on TEXT ${dateCheck('earned_on')},
        PRIMARY KEY (membership_id, id)
      ) STRICT;
      CREATE INDEX other_points_by_position ON other_points (membership_id, position);
    `);
  },
};
