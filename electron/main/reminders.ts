/**
 * Desktop notifications for deadlines entering the 30-day window: at start, then whenever the
 * local date changes while the app runs. Each deadline is announced once.
 */
import { Notification } from 'electron';
import { localToday } from '../../shared/dates';
import { reminderText } from '../../shared/reminders';
import { markRemindersShown, pendingReminders } from '../services/reminders';
import type { AppWorkspace } from './workspace';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Starts the reminder schedule; returns a function that stops it. */
export function startReminders(workspace: AppWorkspace, onClick: () => void): () => void {
  let lastDay: string | null = null;
  const check = () => {
    const today = localToday();
    if (today === lastDay) return;
    lastDay = today;
    if (!Notification.isSupported()) return;
    try {
      const due = pendingReminders(workspace.db, today);
      for (const reminder of due) {
        const notification = new Notification({
          title: 'Re-enrollment deadline',
          body: reminderText(reminder),
        });
        notification.on('click', onClick);
        notification.show();
      }
      markRemindersShown(workspace.db, due, new Date());
    } catch (error) {
      console.error('Reminders could not be checked:', error);
    }
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
