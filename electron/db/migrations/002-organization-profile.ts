/** Migration 2: the organization's profile fields the Registered steps ask for. */
import type { Migration } from './types';

export const migration002: Migration = {
  version: 2,
  name: 'organization-profile',
  up(db) {
    db.exec(`
      ALTER TABLE memberships ADD COLUMN partner_id TEXT;
      ALTER TABLE memberships ADD COLUMN address TEXT;
      ALTER TABLE memberships ADD COLUMN phone TEXT;
      ALTER TABLE memberships ADD COLUMN website TEXT;
    `);
  },
};
