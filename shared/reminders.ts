/**
 * Which deadlines deserve a desktop reminder: those that have entered the "soon" window (due
 * today or within the ruleset's soonDays) and are not past. The caller remembers which were
 * shown, so each is announced once.
 */
import type { Deadline, MembershipEvaluation } from './rules/types';

export interface Reminder {
  readonly membershipId: string;
  readonly kind: Deadline['kind'];
  readonly subject: string;
  readonly dueOn: string;
  readonly daysLeft: number;
}

/** The deadlines of these evaluations inside `[0, soonDays]` days, soonest first. */
export function remindersDue(evaluations: readonly MembershipEvaluation[], soonDays: number): Reminder[] {
  const due: Reminder[] = [];
  for (const evaluation of evaluations) {
    for (const deadline of evaluation.deadlines) {
      if (deadline.daysLeft < 0 || deadline.daysLeft > soonDays) continue;
      due.push({
        membershipId: evaluation.id,
        kind: deadline.kind,
        subject: deadline.subject,
        dueOn: deadline.dueOn,
        daysLeft: deadline.daysLeft,
      });
    }
  }
  return due.sort((a, b) => a.daysLeft - b.daysLeft || a.subject.localeCompare(b.subject));
}

/** The one line a notification shows for a reminder. */
export function reminderText(reminder: Reminder): string {
  const when =
    reminder.daysLeft === 0 ? 'today' : reminder.daysLeft === 1 ? 'tomorrow' : `in ${reminder.daysLeft} days`;
  return `${reminder.subject}: due ${when} (${reminder.dueOn}).`;
}
