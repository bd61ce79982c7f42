/**
 * The report as Markdown for pasting into a wiki or an email. It holds no HTML at all: every
 * user string goes through `md`/`markdownTable`, which neutralize raw HTML.
 */
import { humanDate, humanTimestamp } from '../vocabulary/dates';
import { deadlineConcerns, deadlineMembership } from '../vocabulary/deadlines';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_LABELS,
  LEVEL_LABELS,
  REQUIREMENT_LEVEL_LABELS,
  REFERENCE_STATUS_LABELS,
  REQUIREMENT_STATUS_LABELS,
  WINDOW_STATUS_LABELS,
  describeDaysLeft,
  yesNo,
} from '../vocabulary/labels';
import { markdownTable, md, type SafeMarkdown } from './markdown-escape';
import { certificationDates } from './roster-text';
import type { MembershipReport, Report } from './model-types';

/** The whole report as Markdown. */
export function renderMarkdown(report: Report): string {
  const { stamp } = report;
  const head = md`# Re-enrollment readiness report

Ruleset ${stamp.ruleset} · as of ${humanDate(stamp.asOf)} · generated ${humanTimestamp(stamp.generatedAt)}${stamp.preparer ? md` · prepared by ${stamp.preparer}` : ''}`;
  const body =
    report.memberships.length === 0
      ? [
          md`
This workspace has no memberships.
          `,
        ]
      : report.memberships.map(membershipSection);
  return [head, ...body].map((part) => part.markdown).join('\n\n') + '\n';
}

function membershipSection(m: MembershipReport): SafeMarkdown {
  const org = m.organization;
  const contact = m.primaryProgramContact;
  const facts = markdownTable(
    ['Fact', 'Value'],
    [
      ['Organization', org.name],
      ['Location', org.location],
      ['Country', org.country],
      ['Partner ID', org.partnerId],
      ['Level', LEVEL_LABELS[m.level]],
      ['Target level', LEVEL_LABELS[m.targetLevel]],
      ['As of', humanDate(m.asOf)],
      [
        'Window',
        `${WINDOW_STATUS_LABELS[m.window.status]}, ${humanDate(m.window.opensOn)} to ${humanDate(m.window.expiresOn)}`,
      ],
      ['Enrollment expires', `${humanDate(m.window.expiresOn)} (${describeDaysLeft(m.window.daysLeft)})`],
      ['Primary program contact', [contact.name, contact.email].filter(Boolean).join(', ')],
      ['Preparer', m.preparer.name],
      ['May re-enroll', `${yesNo(m.mayReenroll.allowed)}. ${m.mayReenroll.detail}`],
    ],
  );
  const qualifies = (['registered', 'certified', 'gold'] as const).filter((level) => m.qualifies[level]);
  const p = m.points;
  return md`## ${org.name}${org.location ? md` — ${org.location}` : ''}

${facts}

**${m.ready ? 'Ready to re-enroll' : 'Not ready to re-enroll'}** as ${LEVEL_LABELS[m.targetLevel]}. Qualifies for: ${qualifies.length === 0 ? 'no level' : qualifies.map((level) => LEVEL_LABELS[level]).join(', ')}.

### Points

**${p.total}** in total (Certified needs ${p.thresholds.certified}, Gold needs ${p.thresholds.gold}): ${p.competencies} from ${p.competencyCount} ${p.competencyCount === 1 ? 'competency' : 'competencies'}, ${p.bonus} first-competency bonus, ${p.other} other.

### Requirements

${markdownTable(
  ['Requirement', 'Level', 'Status', 'Detail', 'Action', 'Due'],
  m.requirements.map((r) => [
    `${r.title}${r.blocking ? '' : ' (not blocking)'}`,
    REQUIREMENT_LEVEL_LABELS[r.level],
    REQUIREMENT_STATUS_LABELS[r.status],
    r.detail,
    r.action,
    r.dueOn && humanDate(r.dueOn),
  ]),
)}

### What is missing

${gapList(m)}

### Deadlines

${markdownTable(
  ['Date', 'When', 'Kind', 'Subject', 'Status', 'Endangers'],
  m.deadlines.map((d) => [
    humanDate(d.dueOn),
    describeDaysLeft(d.daysLeft),
    DEADLINE_KIND_LABELS[d.kind],
    deadlineConcerns(d) ?? deadlineMembership(d),
    DEADLINE_STATUS_LABELS[d.status],
    d.endangers ? d.endangersTitle : null,
  ]),
)}

### MCP roster

${markdownTable(
  ['Name', 'MCP ID', 'Associated', 'Linked to', 'Certifications'],
  m.roster.map((pro) => [
    pro.name,
    pro.mcpId,
    yesNo(pro.associated),
    pro.links.map((l) => `${l.competency} — ${l.specialization}`).join('; '),
    pro.certifications.map((c) => certificationDates(c)).join('; '),
  ]),
)}

### Customer references

${markdownTable(
  ['Customer', 'Status', 'Requested', 'Accepted', 'Expires', 'Competency and specialization'],
  m.references.map((r) => [
    r.customer,
    REFERENCE_STATUS_LABELS[r.status],
    r.requestedOn && humanDate(r.requestedOn),
    r.acceptedOn && humanDate(r.acceptedOn),
    r.expiresOn && humanDate(r.expiresOn),
    r.competency === null ? 'Not assigned' : `${r.competency} — ${r.specialization ?? 'no specialization'}`,
  ]),
)}

### Customer Satisfaction Index

At least ${m.csat.responsesRequired} counted responses, at most ${m.csat.perCustomerCap} per customer organization, participation on or after ${humanDate(m.csat.windowStartsOn)}.

${markdownTable(
  [
    'Participated',
    `In the ${m.csat.lookbackMonths} months`,
    'Responses by customer (counted of received)',
    'Received',
    'Counted',
  ],
  m.csat.surveys.map((s) => [
    humanDate(s.participatedOn),
    yesNo(s.inWindow),
    s.customers.map((c) => `${c.customer}: ${c.counted} of ${c.received}`).join('; '),
    s.received,
    s.counted,
  ]),
)}`;
}

function gapList(m: MembershipReport): SafeMarkdown {
  const items = m.gaps.map(
    (g, i) =>
      md`${i + 1}. **${g.title}** (${REQUIREMENT_STATUS_LABELS[g.status]}): ${g.action}${g.dueOn ? md` (by ${humanDate(g.dueOn)})` : ''}`,
  );
  const list =
    items.length > 0
      ? items.map((item) => item.markdown).join('\n')
      : md`Nothing is missing for ${LEVEL_LABELS[m.targetLevel]}.`.markdown;
  const fallback = m.fallback
    ? md`\n\n**Fallback: ${LEVEL_LABELS[m.fallback.level]}.** ${m.fallback.message}`.markdown
    : '';
  return { markdown: list + fallback };
}
