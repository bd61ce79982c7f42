/**
 * The report as one self-contained HTML page: inline CSS with print styles, inline SVG charts,
 * no scripts and no external requests (a CSP meta tag forbids them too), so it opens offline and
 * Electron's printToPDF of it is the PDF.
 */
import { deadlinesChart, pointsChart } from './html-charts';
import { html, type SafeHtml } from './html-escape';
import {
  csatTable,
  deadlinesTable,
  gapsSection,
  referencesTable,
  requirementsTable,
  rosterTable,
  statusBadge,
} from './html-sections';
import { REPORT_STYLE } from './html-style';
import { humanDate, humanTimestamp } from '../vocabulary/dates';
import { describeDaysLeft, LEVEL_LABELS, WINDOW_STATUS_LABELS, yesNo } from '../vocabulary/labels';
import type { MembershipReport, Report } from './model-types';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The whole report as an HTML document. */
export function renderHtml(report: Report): string {
  const { stamp } = report;
  const names = report.memberships.map((m) => m.organization.name).join(', ');
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Re-enrollment readiness: ${names || 'no memberships'}</title>
        ${REPORT_STYLE}
      </head>
      <body>
        <header>
          <h1>Re-enrollment readiness report</h1>
          <p class="stamp">${stampLine(report)}</p>
        </header>
        <main>
          ${report.memberships.length === 0 ? html`<p>This workspace has no memberships.</p>` : report.memberships.map((m, i) => membershipSection(m, `m${i}`))}
        </main>
        <footer>
          Ruleset ${stamp.ruleset}. Generated ${humanTimestamp(stamp.generatedAt)}. Dates are calendar dates;
          days are counted from ${humanDate(stamp.asOf)}.
        </footer>
      </body>
    </html> `;
  return page.html;
}

function stampLine(report: Report): string {
  const { stamp } = report;
  const by = stamp.preparer ? ` · prepared by ${stamp.preparer}` : '';
  return `Ruleset ${stamp.ruleset} · as of ${humanDate(stamp.asOf)} · generated ${humanTimestamp(stamp.generatedAt)}${by}`;
}

function membershipSection(m: MembershipReport, key: string): SafeHtml {
  const place = m.organization.location ? ` — ${m.organization.location}` : '';
  return html`<section class="membership" aria-labelledby="${key}-h">
    <h2 id="${key}-h">${m.organization.name}${place}</h2>
    ${summary(m)}
    <p class="verdict ${m.ready ? 'yes' : 'no'}">
      <strong>${m.ready ? 'Ready to re-enroll' : 'Not ready to re-enroll'}</strong> as
      ${LEVEL_LABELS[m.targetLevel]}.
      ${m.mayReenroll.allowed ? 'The preparer may re-enroll.' : 'The preparer may not re-enroll: only the global program administrator can.'}
      ${m.mayReenroll.detail}
    </p>
    <h3>Points</h3>
    ${pointsChart(m, `${key}-pts`)}
    <p>
      ${m.points.competencies} from ${m.points.competencyCount}
      ${m.points.competencyCount === 1 ? 'competency' : 'competencies'}, ${m.points.bonus} first-competency
      bonus, ${m.points.other} other: <strong>${m.points.total}</strong> in total.
    </p>
    <h3>Requirements</h3>
    ${requirementsTable(m)}
    <h3>What is missing</h3>
    ${gapsSection(m)}
    <h3>Deadlines</h3>
    ${m.deadlines.length === 0 ? html`<p>No dated obligations.</p>` : html`${deadlinesChart(m, `${key}-dl`)}${deadlinesTable(m)}`}
    <h3>MCP roster</h3>
    ${m.roster.length === 0 ? html`<p>No professionals recorded.</p>` : rosterTable(m)}
    <h3>Customer references</h3>
    ${m.references.length === 0 ? html`<p>No references recorded.</p>` : referencesTable(m)}
    <h3>Customer Satisfaction Index</h3>
    ${m.csat.surveys.length === 0 ? html`<p>No CSAT surveys recorded.</p>` : csatTable(m)}
  </section> `;
}

function summary(m: MembershipReport): SafeHtml {
  const org = m.organization;
  const contact = m.primaryProgramContact;
  const rows: [string, SafeHtml | string][] = [
    ['Organization', org.name],
    ['Location', org.location ?? ''],
    ['Country', org.country ?? ''],
    ['Partner ID', org.partnerId ?? ''],
    ['Level', LEVEL_LABELS[m.level]],
    ['Target level', LEVEL_LABELS[m.targetLevel]],
    ['As of', humanDate(m.asOf)],
    ['Window', statusBadge(m.window.status, WINDOW_STATUS_LABELS[m.window.status])],
    ['Window opens', humanDate(m.window.opensOn)],
    ['Enrollment expires', `${humanDate(m.window.expiresOn)} (${describeDaysLeft(m.window.daysLeft)})`],
    ['Primary program contact', [contact.name, contact.email].filter(Boolean).join(', ')],
    ['Preparer', m.preparer.name ?? ''],
    ['May re-enroll', yesNo(m.mayReenroll.allowed)],
    ['Qualifies', qualifiesText(m)],
  ];
  return html`<dl class="summary">
    ${rows.map(
      ([term, value]) =>
        html`<div>
          <dt>${term}</dt>
          <dd>${value || '—'}</dd>
        </div>`,
    )}
  </dl>`;
}

function qualifiesText(m: MembershipReport): string {
  const levels = (['registered', 'certified', 'gold'] as const).filter((level) => m.qualifies[level]);
  return levels.length === 0 ? 'No level' : levels.map((level) => LEVEL_LABELS[level]).join(', ');
}
