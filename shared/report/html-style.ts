/**
 * The report's stylesheet, inlined so the HTML opens offline and prints the same in Electron's
 * printToPDF as in a browser. System fonts only: a remote font would be an external request.
 * Colours, type and radius are the app's design tokens (`shared/design-tokens.ts`), light theme.
 */
import { reportTokensCss } from '../design-tokens';
import { html } from './html-escape';

/**
 * The <style> element; a literal template, so the `html` tag inserts it unescaped. The tokens are
 * interpolated, so escaped: they hold no character escaping would change (see the test).
 */
export const REPORT_STYLE = html`<style>
    :root {
      color-scheme: light;
  ${reportTokensCss()}
    }
    * {
      box-sizing: border-box;
    }
    body {
      margin: 0 auto;
      max-width: 1100px;
      padding: 24px;
      color: var(--text);
      background: #fff;
      font: 14px/1.45 var(--font-family);
    }
    h1 {
      font-size: 24px;
      margin: 0 0 4px;
    }
    h2 {
      font-size: 20px;
      margin: 32px 0 8px;
      padding-bottom: 4px;
      border-bottom: 2px solid var(--text);
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
      border-bottom: 1px solid var(--border);
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
      border-left: 4px solid var(--text);
      background: var(--surface-2);
    }
    .verdict.yes {
      border-color: var(--ok);
    }
    .verdict.no {
      border-color: var(--bad);
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
      border-bottom: 1px solid var(--border);
      overflow-wrap: anywhere;
    }
    thead th {
      background: var(--surface-2);
      border-bottom: 1px solid var(--text);
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
      border-radius: var(--radius);
      font-size: 12px;
      font-weight: 600;
      color: #fff;
      background: var(--muted);
    }
    .s-met,
    .s-ok,
    .s-open {
      background: var(--ok);
    }
    .s-unmet,
    .s-overdue,
    .s-expired {
      background: var(--bad);
    }
    .s-at-risk,
    .s-before-expiry,
    .s-soon {
      background: var(--warn);
    }
    .s-todo {
      background: var(--todo);
    }
    .s-waived {
      background: var(--muted);
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
      fill: var(--text);
    }
    svg.chart .axis {
      stroke: var(--muted);
      stroke-width: 1;
    }
    svg.chart .mark {
      stroke: var(--text);
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
      border-top: 1px solid var(--border);
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
