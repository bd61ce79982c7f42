/**
 * Desktop reminders for deadlines entering the 30-day window: which are pending (never shown),
 * and recording them once shown so the next start or the next day does not repeat them.
 */
import type Database from 'better-sqlite3';
import type { IsoDate } from '../../shared/dates';
import { remindersDue, type Reminder } from '../../shared/reminders';
import { evaluate } from '../../shared/rules/evaluate';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import type { Ruleset } from '../../shared/rules/ruleset';
import { loadMemberships } from '../db/membership-read';
import { deadlineNotifiedAt, markDeadlineNotified } from '../db/settings';

/** Reminders due at `asOf` that were never shown. */
export function pendingReminders(
  db: Database.Database,
  asOf: IsoDate,
  ruleset: Ruleset = MPP_2009,
): Reminder[] {
  const evaluation = evaluate(loadMemberships(db), { asOf, ruleset });
  return remindersDue(evaluation.memberships, ruleset.deadlines.soonDays).filter(
    (reminder) => deadlineNotifiedAt(db, reminder) === null,
  );
}

/** Records that these reminders were shown at `at`, in one transaction. */
export function markRemindersShown(db: Database.Database, reminders: readonly Reminder[], at: Date): void {
  const stamp = at.toISOString();
  db.transaction(() => {
    for (const reminder of reminders) markDeadlineNotified(db, reminder, stamp);
  })();
}
