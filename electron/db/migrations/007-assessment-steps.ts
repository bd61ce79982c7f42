/** Migration 7: the Action Pack (MAPS) assessment and the manual steps, the fee with its amount. */
import type { Migration } from './types';
import { boolCheck, dateCheck, oneOf } from './sql-checks';

export const migration007: Migration = {
  version: 7,
  name: 'assessment-steps',
  up(db) {
    db.exec(`
      CREATE TABLE maps_assessments (
        membership_id TEXT PRIMARY KEY NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        score_percent REAL NOT NULL CHECK (score_percent BETWEEN 0 AND 100),
        taken_on TEXT ${dateCheck('taken_on')}
      ) STRICT;

      -- A step without a row is not done; only the fee uses amount and currency.
      CREATE TABLE manual_steps (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        step TEXT NOT NULL ${oneOf('step', ['signIn', 'profileVerified', 'termsAgreed', 'termsSigned', 'feePaid'])},
        done INTEGER NOT NULL DEFAULT 0 ${boolCheck('done')},
        done_on TEXT ${dateCheck('done_on')},
        note TEXT,
        amount REAL CHECK (amount IS NULL OR amount >= 0),
        currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]')),
        PRIMARY KEY (membership_id, step)
      ) STRICT;
    `);
  },
};
