/**
 * Migration 8: workspace settings (the regional service center contact) and the record of
 * which deadline reminders were already shown, so a reminder is not repeated.
 */
import type { Migration } from './types';
import { dateCheck } from './sql-checks';

export const migration008: Migration = {
  version: 8,
  name: 'settings-notifications',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;

      CREATE TABLE deadline_notifications (
        membership_id TEXT NOT NULL REFERENCES memberships (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        due_on TEXT NOT NULL ${dateCheck('due_on')},
        notified_at TEXT NOT NULL,
        PRIMARY KEY (membership_id, kind, subject, due_on)
      ) STRICT;
    `);
  },
};
