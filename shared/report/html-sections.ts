/**
 * The tables of the HTML report: requirements, gaps, deadlines, MCP roster, references, CSAT.
 * Every cell goes through the `html` tag, so user strings are escaped on the way in.
 */
import { humanDate } from '../vocabulary/dates';
import { deadlineConcerns, deadlineMembership } from '../vocabulary/deadlines';
import { html, type HtmlValue, type SafeHtml } from './html-escape';
import {
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_LABELS,
  describeDaysLeft,
  LEVEL_LABELS,
  REQUIREMENT_LEVEL_LABELS,
  REFERENCE_STATUS_LABELS,
  REQUIREMENT_STATUS_LABELS,
  yesNo,
} from '../vocabulary/labels';
import { certificationDates } from './roster-text';
import { requirementNumbers } from '../vocabulary/numbers';
import type { MembershipReport } from './model-types';

interface Column {
  readonly label: string;
  /** Share of the table width in percent: fixed layout, so a long word never squeezes a column. */
  readonly width: number;
  readonly className?: string;
}

/** A table with a caption, header cells with scope, and one row per item. */
export function table(
  caption: string,
  columns: readonly Column[],
  rows: readonly (readonly HtmlValue[])[],
): SafeHtml {
  const classOf = (column: Column | undefined) =>
    column?.className ? html` class="${column.className}"` : '';
  const head = columns.map((c) => html`<th scope="col" ${classOf(c)}>${c.label}</th>`);
  const body = rows.map(
    (cells) =>
      html`<tr>
        ${cells.map((cell, i) => html`<td${classOf(columns[i])}>${cell}</td>`)}
      </tr>`,
  );
  const cols = columns.map((c) => html`<col style="width: ${c.width}%" />`);
  return html`<table>
    <colgroup>
      ${cols}
    </colgroup>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${head}
      </tr>
    </thead>
    <tbody>
      ${body}
    </tbody>
  </table>`;
}

/** A coloured status label; the word itself carries the meaning, the colour only repeats it. */
export function statusBadge(status: string, label: string): SafeHtml {
  return html`<span class="status s-${status}">${label}</span>`;
}

export function requirementsTable(report: MembershipReport): SafeHtml {
  return table(
    'Every requirement, with its status, detail and action',
    [
      { label: 'Requirement', width: 23 },
      { label: 'Level', width: 12 },
      { label: 'Status', width: 10 },
      { label: 'Detail', width: 31 },
      { label: 'Action and due date', width: 24 },
    ],
    report.requirements.map((r) => [
      `${r.title}${r.blocking ? '' : ' (not blocking)'}`,
      REQUIREMENT_LEVEL_LABELS[r.level],
      statusBadge(r.status, REQUIREMENT_STATUS_LABELS[r.status]),
      html`${r.detail}${requirementNumbers(r) ? html` <span class="note">(${requirementNumbers(r)})</span>` : ''}`,
      html`${r.action ?? ''}${r.dueOn ? html`<br /><span class="note">Due ${humanDate(r.dueOn)}</span>` : ''}`,
    ]),
  );
}

export function gapsSection(report: MembershipReport): SafeHtml {
  const items = report.gaps.map(
    (g) =>
      html`<li>
        ${statusBadge(g.status, REQUIREMENT_STATUS_LABELS[g.status])} <strong>${g.title}</strong>:
        ${g.action}${g.dueOn ? html` <span class="note">(by ${humanDate(g.dueOn)})</span>` : ''}
      </li>`,
  );
  const list =
    items.length > 0
      ? html`<ol class="gaps">
          ${items}
        </ol>`
      : html`<p>Nothing is missing for ${LEVEL_LABELS[report.targetLevel]}.</p>`;
  const fallback = report.fallback
    ? html`<p class="verdict no">
        <strong>Fallback: ${LEVEL_LABELS[report.fallback.level]}.</strong> ${report.fallback.message}
      </p>`
    : '';
  return html`${list}${fallback}`;
}

export function deadlinesTable(report: MembershipReport): SafeHtml {
  return table(
    'Every dated obligation, earliest first',
    [
      { label: 'Date', width: 12, className: 'date' },
      { label: 'When', width: 11 },
      { label: 'Kind', width: 17 },
      { label: 'Subject', width: 28 },
      { label: 'Status', width: 14 },
      { label: 'Endangers', width: 18 },
    ],
    report.deadlines.map((d) => [
      humanDate(d.dueOn),
      describeDaysLeft(d.daysLeft),
      DEADLINE_KIND_LABELS[d.kind],
      deadlineConcerns(d) ?? deadlineMembership(d),
      statusBadge(d.status, DEADLINE_STATUS_LABELS[d.status]),
      d.endangers ? d.endangersTitle : '',
    ]),
  );
}

export function rosterTable(report: MembershipReport): SafeHtml {
  return table(
    'Microsoft Certified Professionals and their certification dates',
    [
      { label: 'Name', width: 20 },
      { label: 'MCP ID', width: 10 },
      { label: 'Associated', width: 12 },
      { label: 'Linked to', width: 23 },
      { label: 'Certifications', width: 35 },
    ],
    report.roster.map((p) => [
      p.name,
      p.mcpId ?? '',
      yesNo(p.associated),
      p.links.map((l, i) => html`${i > 0 ? html`<br />` : ''}${l.competency} — ${l.specialization}`),
      p.certifications.length === 0
        ? 'None recorded'
        : html`<ul class="certs">
            ${p.certifications.map((c) => html`<li>${certificationDates(c)}</li>`)}
          </ul>`,
    ]),
  );
}

export function referencesTable(report: MembershipReport): SafeHtml {
  return table(
    'Customer references',
    [
      { label: 'Customer', width: 18 },
      { label: 'Status', width: 11 },
      { label: 'Requested', width: 13, className: 'date' },
      { label: 'Accepted', width: 13, className: 'date' },
      { label: 'Expires', width: 13, className: 'date' },
      { label: 'Competency and specialization', width: 32 },
    ],
    report.references.map((r) => [
      r.customer,
      REFERENCE_STATUS_LABELS[r.status],
      r.requestedOn ? humanDate(r.requestedOn) : '',
      r.acceptedOn ? humanDate(r.acceptedOn) : '',
      r.expiresOn ? humanDate(r.expiresOn) : '',
      r.competency === null ? 'Not assigned' : `${r.competency} — ${r.specialization ?? 'no specialization'}`,
    ]),
  );
}

export function csatTable(report: MembershipReport): SafeHtml {
  const { csat } = report;
  return table(
    `CSAT surveys: at least ${csat.responsesRequired} counted responses, at most ${csat.perCustomerCap} per customer organization, participation on or after ${humanDate(csat.windowStartsOn)}`,
    [
      { label: 'Participated', width: 15, className: 'date' },
      { label: `In the ${csat.lookbackMonths} months`, width: 12 },
      { label: 'Responses by customer (counted of received)', width: 47 },
      { label: 'Received', width: 13, className: 'num' },
      { label: 'Counted', width: 13, className: 'num' },
    ],
    csat.surveys.map((s) => [
      humanDate(s.participatedOn),
      yesNo(s.inWindow),
      s.customers.map(
        (c, i) => html`${i > 0 ? html`<br />` : ''}${c.customer}: ${c.counted} of ${c.received}`,
      ),
      s.received,
      s.counted,
    ]),
  );
}
