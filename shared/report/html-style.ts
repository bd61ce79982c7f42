/**
 * The report's stylesheet, inlined so the HTML opens offline and prints the same in Electron's
 * printToPDF as in a browser. System fonts only: a remote font would be an external request.
 */
import { html } from './html-escape';

/** The <style> element; a literal template, so the `html` tag inserts it unescaped. */
export const REPORT_STYLE = html`<style>
  :root {
    color-scheme: light;
    --ink: #1d2430;
    --muted: #5b6575;
    --line: #d5dae1;
    --band: #f3f5f8;
    --met: #1e7b3c;
    --unmet: #b42318;
    --risk: #b54708;
    --todo: #3e4c9a;
    --waived: #5b6575;
    --advisory: #6e4ea0;
  }
  * {
    box-sizing: border-box;
  }
  body {
    margin: 0 auto;
    max-width: 1100px;
    padding: 24px;
    color: var(--ink);
    background: #fff;
    font:
      14px/1.45 system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif;
  }
  h1 {
    font-size: 24px;
    margin: 0 0 4px;
  }
  h2 {
    font-size: 20px;
    margin: 32px 0 8px;
    padding-bottom: 4px;
    border-bottom: 2px solid var(--ink);
  }
  h3 {
    font-size: 16px;
    margin: 24px 0 8px;
  }
  p {
    margin: 6px 0;
  }
  .stamp {
    color: var(--muted);
    margin: 0;
  }
  .summary {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    gap: 4px 24px;
    margin: 8px 0;
  }
  .summary div {
    display: flex;
    gap: 8px;
    border-bottom: 1px solid var(--line);
    padding: 3px 0;
  }
  .summary dt {
    color: var(--muted);
    min-width: 120px;
  }
  .summary dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .note {
    color: var(--muted);
    font-size: 0.92em;
  }
  .verdict {
    padding: 8px 12px;
    border-left: 4px solid var(--ink);
    background: var(--band);
  }
  .verdict.yes {
    border-color: var(--met);
  }
  .verdict.no {
    border-color: var(--unmet);
  }
  table {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin: 6px 0 12px;
    font-size: 13px;
  }
  caption {
    text-align: left;
    color: var(--muted);
    padding: 2px 0;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 4px 6px;
    border-bottom: 1px solid var(--line);
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--band);
    border-bottom: 1px solid var(--ink);
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  td.date {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .status {
    display: inline-block;
    padding: 0 6px;
    border-radius: 8px;
    font-size: 12px;
    font-weight: 600;
    color: #fff;
    background: var(--muted);
  }
  .s-met,
  .s-ok,
  .s-open {
    background: var(--met);
  }
  .s-unmet,
  .s-overdue,
  .s-expired {
    background: var(--unmet);
  }
  .s-at-risk,
  .s-before-expiry,
  .s-soon {
    background: var(--risk);
  }
  .s-todo {
    background: var(--todo);
  }
  .s-waived {
    background: var(--waived);
  }
  .s-advisory {
    background: var(--advisory);
  }
  ol.gaps li {
    margin: 3px 0;
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
    max-width: 900px;
    margin: 6px 0;
  }
  svg.chart text {
    font:
      11px system-ui,
      sans-serif;
    fill: var(--ink);
  }
  svg.chart .axis {
    stroke: var(--muted);
    stroke-width: 1;
  }
  svg.chart .mark {
    stroke: var(--ink);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  svg.chart .window {
    fill: #e7eefb;
  }
  ul.certs {
    margin: 0;
    padding-left: 16px;
  }
  footer {
    margin-top: 32px;
    color: var(--muted);
    font-size: 12px;
    border-top: 1px solid var(--line);
    padding-top: 8px;
  }
  @page {
    size: A4;
    margin: 14mm 12mm;
  }
  @media print {
    body {
      max-width: none;
      padding: 0;
      font-size: 10pt;
    }
    * {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    section.membership + section.membership {
      break-before: page;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    tr,
    svg.chart,
    .verdict,
    .summary div {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
  }
</style>`;
