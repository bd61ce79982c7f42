import { describe, expect, it } from 'vitest';
import { remindersDue, reminderText } from './reminders';
import type { Deadline, MembershipEvaluation } from './rules/types';

const deadline = (subject: string, daysLeft: number): Deadline => ({
  kind: 'certification-expires',
  subject,
  dueOn: '2009-09-01',
  status: 'soon',
  daysLeft,
  endangers: null,
  professionalId: null,
  about: { membership: { id: 'm-1', name: 'Fabrikam Ltd', location: null } },
});

const evaluation = (deadlines: Deadline[]) => ({ id: 'm-1', deadlines }) as unknown as MembershipEvaluation;

describe('remindersDue', () => {
  it('keeps the deadlines from today to soonDays ahead, soonest first', () => {
    const due = remindersDue(
      [
        evaluation([
          deadline('past', -1),
          deadline('today', 0),
          deadline('edge', 30),
          deadline('later', 31),
          deadline('soon', 7),
        ]),
      ],
      30,
    );
    expect(due.map((r) => r.subject)).toEqual(['today', 'soon', 'edge']);
    expect(due[0]?.membershipId).toBe('m-1');
  });

  it('says when in words', () => {
    const [today, tomorrow, later] = remindersDue(
      [evaluation([deadline('A', 0), deadline('B', 1), deadline('C', 12)])],
      30,
    );
    expect(reminderText(today!)).toBe('A: due today (2009-09-01).');
    expect(reminderText(tomorrow!)).toBe('B: due tomorrow (2009-09-01).');
    expect(reminderText(later!)).toBe('C: due in 12 days (2009-09-01).');
  });
});
