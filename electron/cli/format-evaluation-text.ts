/**
 * The `--format text` summary of an evaluation for a person at a terminal: per membership the
 * window, points, each requirement with its status and action, the fallback and the deadlines.
 * Colour only when asked (stdout is a terminal); user text is stripped of control characters so
 * a name in a file can never move the cursor or recolour the terminal.
 */
import type { Membership } from '../../shared/interchange/schema';
import type {
  DeadlineStatus,
  Evaluation,
  MembershipEvaluation,
  RequirementStatus,
} from '../../shared/rules/types';
import { count, membershipLabel } from '../../shared/rules/wording';
import { humanDate, relativeDays, spanOfDays } from '../../shared/vocabulary/dates';
import { deadlineSummary } from '../../shared/vocabulary/deadlines';
import {
  DEADLINE_STATUS_LABELS,
  LEVEL_LABELS,
  REQUIREMENT_STATUS_LABELS,
} from '../../shared/vocabulary/labels';
import { requirementNumbers } from '../../shared/vocabulary/numbers';

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

const STATUS_STYLE: Readonly<Record<RequirementStatus | DeadlineStatus, Style>> = {
  met: 'green',
  unmet: 'red',
  'at-risk': 'yellow',
  todo: 'cyan',
  waived: 'dim',
  advisory: 'blue',
  ok: 'dim',
  soon: 'yellow',
  overdue: 'red',
  'before-expiry': 'red',
};

/** How many `ok` deadlines to list before summing up the rest. */
const OK_DEADLINES_SHOWN = 5;

/** Control characters (C0, DEL, C1) in user text become U+FFFD. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** The text summary of an evaluation of `memberships` (same order). */
export function formatEvaluationText(
  evaluation: Evaluation,
  memberships: readonly Membership[],
  options: { readonly color: boolean },
): string {
  const paint = (style: Style, text: string) =>
    options.color ? `\u001b[${CODES[style]}m${text}\u001b[0m` : text;
  const blocks = evaluation.memberships.map((m, index) =>
    membershipBlock(m, memberships[index] as Membership, paint),
  );
  return `Ruleset ${evaluation.ruleset}, as of ${humanDate(evaluation.asOf)}\n\n${blocks.join('\n')}`;
}

function membershipBlock(
  m: MembershipEvaluation,
  membership: Membership,
  paint: (style: Style, text: string) => string,
): string {
  const yesNo = (value: boolean) => (value ? paint('green', 'yes') : paint('red', 'no'));
  const { window: w, points: p } = m;
  const windowText =
    w.status === 'expired'
      ? `expired ${relativeDays(w.daysLeft)} (${humanDate(w.expiresOn)})`
      : w.status === 'open'
        ? `open, ${spanOfDays(w.daysLeft)} left (opened ${humanDate(w.opensOn)}, expires ${humanDate(w.expiresOn)})`
        : `not open yet: opens ${humanDate(w.opensOn)}, ${spanOfDays(w.daysLeft)} before expiry on ${humanDate(w.expiresOn)}`;
  const lines = [
    paint('bold', terminalSafe(membershipLabel(membership))),
    `  Target:     ${LEVEL_LABELS[membership.targetLevel]} (now ${LEVEL_LABELS[membership.level]})`,
    `  Window:     ${windowText}`,
    `  Points:     ${p.total} = ${p.competencies} competencies + ${p.bonus} bonus + ${p.other} other`,
    `  Qualifies:  Registered ${yesNo(m.qualifies.registered)}, Certified ${yesNo(m.qualifies.certified)}, Gold ${yesNo(m.qualifies.gold)}`,
    `  Ready:      ${yesNo(m.ready)}`,
    '  Requirements:',
  ];
  for (const r of m.requirements) {
    const status = paint(STATUS_STYLE[r.status], REQUIREMENT_STATUS_LABELS[r.status].padEnd(8));
    const phrase = requirementNumbers(r);
    const numbers = phrase === null ? '' : ` (${phrase})`;
    lines.push(`    ${status} ${terminalSafe(r.title)}${numbers}${r.blocking ? '' : ' (not blocking)'}`);
    lines.push(`             ${terminalSafe(r.detail)}`);
    if (r.action) {
      lines.push(`             → ${terminalSafe(r.action)}`);
      if (r.dueOn) lines.push(`               due ${humanDate(r.dueOn)}`);
    }
  }
  if (m.fallback) lines.push(`  ${paint('yellow', 'Fallback:')}   ${terminalSafe(m.fallback.message)}`);
  lines.push('  Deadlines:');
  let okShown = 0;
  let okHidden = 0;
  for (const d of m.deadlines) {
    if (d.status === 'ok' && okShown >= OK_DEADLINES_SHOWN) {
      okHidden += 1;
      continue;
    }
    if (d.status === 'ok') okShown += 1;
    const status = paint(STATUS_STYLE[d.status], DEADLINE_STATUS_LABELS[d.status].padEnd(13));
    lines.push(`    ${humanDate(d.dueOn).padEnd(11)}  ${status} ${terminalSafe(deadlineSummary(d))}`);
  }
  if (okHidden > 0) lines.push(`    … and ${count(okHidden, 'more deadline')} with status ok`);
  return `${lines.join('\n')}\n`;
}
