/**
 * Inline SVG charts for the HTML report: points against the Certified and Gold thresholds, and
 * the deadlines on a time line against the enrollment expiry. Each chart carries a <title> and
 * <desc> so a screen reader gets the same facts; the tables beside them hold the details.
 */
import { LIGHT } from '../design-tokens';
import { humanDate, humanMonth } from '../vocabulary/dates';
import { deadlineSummary } from '../vocabulary/deadlines';
import { addMonths, daysBetween, toEpochDay, type IsoDate } from '../dates';
import type { DeadlineKind } from '../rules/types';
import { html, type SafeHtml } from './html-escape';
import { DEADLINE_STATUS_LABELS } from '../vocabulary/labels';
import type { MembershipReport } from './model-types';

const WIDTH = 720;
const LEFT = 190;
const RIGHT = 30;
const PLOT = WIDTH - LEFT - RIGHT;

// The report's status colours: the design tokens' light theme, as the stylesheet's chips use.
const STATUS_COLOURS = { ok: LIGHT.ok, soon: LIGHT.warn, overdue: LIGHT.bad, 'before-expiry': LIGHT.warn };

/** A stacked bar of the points breakdown with dashed marks at the two thresholds. */
export function pointsChart(report: MembershipReport, key: string): SafeHtml {
  const { points } = report;
  const { certified, gold } = points.thresholds;
  const max = Math.max(points.total, gold, certified, 1) * 1.1;
  const x = (value: number) => LEFT + (value / max) * PLOT;
  const parts = [
    { label: 'Competencies', value: points.competencies, colour: '#2f5fb3' },
    { label: 'First-competency bonus', value: points.bonus, colour: '#7aa2e3' },
    { label: 'Other ways', value: points.other, colour: '#3c9a5f' },
  ];
  let at = 0;
  const bars = parts.map((part) => {
    const start = at;
    at += part.value;
    if (part.value <= 0) return null;
    return html`<rect
      x="${x(start).toFixed(1)}"
      y="20"
      width="${(x(at) - x(start)).toFixed(1)}"
      height="26"
      fill="${part.colour}"
      ><title>${part.label}: ${part.value}</title></rect
    >`;
  });
  const marks = [
    { label: `Certified ${certified}`, value: certified },
    { label: `Gold ${gold}`, value: gold },
  ].map(
    (m) =>
      html`<line
          class="mark"
          x1="${x(m.value).toFixed(1)}"
          x2="${x(m.value).toFixed(1)}"
          y1="12"
          y2="54"
        /><text x="${x(m.value).toFixed(1)}" y="68" text-anchor="middle">${m.label}</text>`,
  );
  const legend = parts.map(
    (part, i) =>
      html`<rect x="${LEFT + i * 180}" y="78" width="10" height="10" fill="${part.colour}" /><text
          x="${LEFT + i * 180 + 14}"
          y="87"
          >${part.label} (${part.value})</text
        >`,
  );
  const title = `Partner points: ${points.total} (Certified needs ${certified}, Gold needs ${gold})`;
  const desc = parts.map((p) => `${p.label} ${p.value}`).join(', ');
  return html`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} 96"
    role="img"
    aria-labelledby="${key}-t ${key}-d"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${key}-t">${title}</title>
    <desc id="${key}-d">${desc}</desc>
    <text x="0" y="38">Total ${points.total} points</text>
    <rect x="${LEFT}" y="20" width="${PLOT}" height="26" fill="#f3f5f8" />
    ${bars}${marks}${legend}
  </svg>`;
}

const LANE_HEIGHT = 22;
/** Lane names short enough for the space left of the plot. */
const LANE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  'window-opens': 'Window opens',
  'enrollment-expires': 'Enrollment expires',
  'certification-expires': 'Certification expires',
  'newer-exam-required': 'Newer exam required',
  'reference-expires': 'Reference expires',
  'reference-request-by': 'Request reference by',
  'csat-12-month-edge': 'CSAT ages out',
  'solution-expires': 'Solution expires',
  'rule-change': 'Rule changes',
};
const TOP = 44;

/**
 * One lane per kind of deadline, dates left to right; the re-enrollment window is shaded and
 * asOf and the enrollment expiry are dashed lines.
 */
export function deadlinesChart(report: MembershipReport, key: string): SafeHtml {
  const { window, asOf, deadlines } = report;
  const kinds = (Object.keys(LANE_LABELS) as DeadlineKind[]).filter((kind) =>
    deadlines.some((d) => d.kind === kind),
  );
  let first = asOf < window.opensOn ? asOf : window.opensOn;
  let last = asOf > window.expiresOn ? asOf : window.expiresOn;
  for (const d of deadlines) {
    if (d.dueOn < first) first = d.dueOn;
    if (d.dueOn > last) last = d.dueOn;
  }
  first = first.slice(0, 8) + '01';
  last = addMonths(last.slice(0, 8) + '01', 1);
  const span = Math.max(daysBetween(first, last), 1);
  const x = (date: IsoDate) => (LEFT + (daysBetween(first, date) / span) * PLOT).toFixed(1);
  const bottom = TOP + Math.max(kinds.length, 1) * LANE_HEIGHT;
  const height = bottom + 34;

  const lanes = kinds.map((kind, i) => {
    const y = TOP + i * LANE_HEIGHT + LANE_HEIGHT / 2;
    const dots = deadlines
      .filter((d) => d.kind === kind)
      .map(
        (d) =>
          html`<circle
            cx="${x(d.dueOn)}"
            cy="${y}"
            r="5"
            fill="${STATUS_COLOURS[d.status]}"
            fill-opacity="0.8"
            ><title>
              ${humanDate(d.dueOn)}: ${deadlineSummary(d)} (${DEADLINE_STATUS_LABELS[d.status]})
            </title></circle
          >`,
      );
    return html`<text x="0" y="${y + 4}">${LANE_LABELS[kind]}</text
      ><line
        class="axis"
        x1="${LEFT}"
        x2="${WIDTH - RIGHT}"
        y1="${y}"
        y2="${y}"
        stroke-opacity="0.25"
      />${dots}`;
  });
  const ticks = monthTicks(first, last).map(
    (tick) =>
      html`<line class="axis" x1="${x(tick)}" x2="${x(tick)}" y1="${bottom}" y2="${bottom + 5}" /><text
          x="${x(tick)}"
          y="${bottom + 18}"
          text-anchor="middle"
          >${humanMonth(tick)}</text
        >`,
  );
  // Expiry labelled on the top row, asOf below it, each label beside its own line on the side
  // away from the other line, so neither line crosses the other's label.
  const marker = (date: IsoDate, label: string, row: number, side: 'left' | 'right') => {
    const at = Number(x(date));
    // Left of the plot the label rows are empty, so a left label always fits; a right one may not.
    const left = side === 'left' || at > WIDTH - RIGHT - 150;
    return html`<line class="mark" x1="${x(date)}" x2="${x(date)}" y1="${row + 4}" y2="${bottom}" /><text
        x="${(left ? at - 4 : at + 4).toFixed(1)}"
        y="${row}"
        text-anchor="${left ? 'end' : 'start'}"
        >${label}</text
      >`;
  };
  const asOfSide = asOf <= window.expiresOn ? 'left' : 'right';
  const title = `Deadlines from ${humanDate(first)} to ${humanDate(last)}: ${deadlines.length} dated obligations against the enrollment expiry on ${humanDate(window.expiresOn)}`;
  const counts = Object.entries(DEADLINE_STATUS_LABELS)
    .map(([status, label]) => `${deadlines.filter((d) => d.status === status).length} ${label}`)
    .join(', ');
  return html`<svg
    class="chart"
    viewBox="0 0 ${WIDTH} ${height}"
    role="img"
    aria-labelledby="${key}-t ${key}-d"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title id="${key}-t">${title}</title>
    <desc id="${key}-d">
      ${counts}. The shaded band is the re-enrollment window, ${humanDate(window.opensOn)} to
      ${humanDate(window.expiresOn)}.
    </desc>
    <rect
      class="window"
      x="${x(window.opensOn)}"
      y="32"
      width="${(toEpochDay(window.expiresOn) - toEpochDay(window.opensOn)) * (PLOT / span)}"
      height="${bottom - 32}"
    />
    ${lanes}
    <line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${bottom}" y2="${bottom}" />
    ${ticks}${marker(window.expiresOn, `Enrollment expires ${humanDate(window.expiresOn)}`, 12, 'right')}${marker(asOf, `As of ${humanDate(asOf)}`, 28, asOfSide)}
  </svg>`;
}

/** First-of-month ticks, spaced so there are at most about a dozen. */
function monthTicks(first: IsoDate, last: IsoDate): IsoDate[] {
  const months = Math.round(daysBetween(first, last) / 30.44);
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => months / s <= 12) ?? 120;
  const ticks: IsoDate[] = [];
  for (let tick = first; tick <= last; tick = addMonths(tick, step)) ticks.push(tick);
  return ticks;
}
