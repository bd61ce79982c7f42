/**
 * Workspace settings (the user-editable regional service center contact) and the record of
 * deadline reminders already shown, which the main process consults before notifying again.
 */
import type Database from 'better-sqlite3';
import type { Settings } from '../../shared/ipc/contract';
import { text, type Row } from './row';
import { statement } from './statements';

const SERVICE_CENTER_KEY = 'regionalServiceCenter';

export const DEFAULT_SETTINGS: Settings = {
  regionalServiceCenter: { name: null, phone: null, email: null, hours: null },
};

/** The saved settings, with defaults for anything never saved. */
export function readSettings(db: Database.Database): Settings {
  const row = statement(db, 'SELECT value FROM settings WHERE key = ?').get(SERVICE_CENTER_KEY) as
    { value: string } | undefined;
  if (!row) return DEFAULT_SETTINGS;
  const saved = JSON.parse(row.value) as Partial<Settings['regionalServiceCenter']>;
  return { regionalServiceCenter: { ...DEFAULT_SETTINGS.regionalServiceCenter, ...saved } };
}

/** Saves the settings (already validated). */
export function writeSettings(db: Database.Database, settings: Settings): void {
  const c = settings.regionalServiceCenter;
  // Written field by field so only the known fields reach the database.
  const value = JSON.stringify({ name: c.name, phone: c.phone, email: c.email, hours: c.hours });
  statement(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(SERVICE_CENTER_KEY, value);
}

/** One reminder: which membership, which kind of deadline, about what, due when. */
export interface DeadlineKey {
  readonly membershipId: string;
  readonly kind: string;
  readonly subject: string;
  readonly dueOn: string;
}

/** When the reminder for this deadline was shown, or null if never. */
export function deadlineNotifiedAt(db: Database.Database, key: DeadlineKey): string | null {
  const row = statement<string[], Row>(
    db,
    `SELECT notified_at FROM deadline_notifications
     WHERE membership_id = ? AND kind = ? AND subject = ? AND due_on = ?`,
  ).get(key.membershipId, key.kind, key.subject, key.dueOn);
  return row ? text(row, 'notified_at') : null;
}

/** Records that the reminder for this deadline was shown at `at` (an ISO timestamp). */
export function markDeadlineNotified(db: Database.Database, key: DeadlineKey, at: string): void {
  statement(
    db,
    `INSERT INTO deadline_notifications (membership_id, kind, subject, due_on, notified_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (membership_id, kind, subject, due_on) DO UPDATE SET notified_at = excluded.notified_at`,
  ).run(key.membershipId, key.kind, key.subject, key.dueOn, at);
}
