/**
 * The deadlines as an iCalendar file (RFC 5545): one all-day event per deadline, with display
 * alarms 30 and 7 days before, stable UIDs so a re-import updates rather than duplicates, and
 * DTSTAMP from the report's generation time. Lines are folded at 75 octets and end in CRLF.
 */
import { addDays } from '../dates';
import { escapeIcsText, foldLine, icsDate, icsTimestamp } from './ics-text';
import { humanDate } from '../vocabulary/dates';
import { deadlineSummary } from '../vocabulary/deadlines';
import { DEADLINE_STATUS_LABELS, describeDaysLeft } from '../vocabulary/labels';
import type { MembershipReport, Report, ReportDeadline } from './model-types';

export const ICS_PRODID = '-//Partner Re-enrollment Wizard//Readiness report//EN';
/** Days before each deadline that the calendar reminds. */
export const ALARM_DAYS = [30, 7] as const;

/** Every deadline of every membership as one calendar. */
export function renderIcs(report: Report): string {
  const stamp = icsTimestamp(report.stamp.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Re-enrollment deadlines',
  ];
  for (const membership of report.memberships) {
    for (const deadline of membership.deadlines) {
      for (const line of eventLines(membership, deadline, stamp, report)) lines.push(line);
    }
  }
  lines.push('END:VCALENDAR');
  let out = '';
  for (const line of lines) out += `${foldLine(line)}\r\n`;
  return out;
}

function eventLines(m: MembershipReport, d: ReportDeadline, stamp: string, report: Report): string[] {
  const org = m.organization.location
    ? `${m.organization.name} — ${m.organization.location}`
    : m.organization.name;
  // Built from the deadline's fields: a calendar lists every membership's events together.
  const summary = deadlineSummary(d, true);
  const description = [
    `${org}.`,
    `${deadlineSummary(d)}, due ${humanDate(d.dueOn)}.`,
    `Status as of ${humanDate(report.stamp.asOf)}: ${DEADLINE_STATUS_LABELS[d.status]} (${describeDaysLeft(d.daysLeft)}).`,
    d.endangers ? `Endangers: ${d.endangersTitle}.` : null,
    `Enrollment expires ${humanDate(m.window.expiresOn)}.`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  const alarms = ALARM_DAYS.flatMap((days) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:-P${days}D`,
    `DESCRIPTION:${escapeIcsText(`In ${days} days: ${summary}`)}`,
    'END:VALARM',
  ]);
  return [
    'BEGIN:VEVENT',
    `UID:${d.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(d.dueOn)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(d.dueOn, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'TRANSP:TRANSPARENT',
    ...alarms,
    'END:VEVENT',
  ];
}
