/**
 * The deadlines view's rows: MCP certification deadlines first (who, which certification),
 * then every other dated obligation, each keeping the order the rules gave (by date).
 */
import type { IsoDate } from '../../../shared/dates';
import type { Membership } from '../../../shared/interchange/schema';
import { MPP_2009 } from '../../../shared/rules/mpp2009';
import type { Deadline, DeadlineKind, DeadlineStatus, RequirementId } from '../../../shared/rules/types';
import { DEADLINE_KIND_LABELS } from '../../../shared/report/labels';
import { membershipLabel } from '../../../shared/rules/wording';

export interface DeadlineRow {
  readonly key: string;
  /** The professional, or what the deadline is about for the others. */
  readonly who: string;
  /** The certification for MCP rows; the kind of deadline for the others. */
  readonly what: string;
  readonly kind: DeadlineKind;
  readonly kindLabel: string;
  readonly dueOn: IsoDate;
  readonly daysLeft: number;
  readonly status: DeadlineStatus;
  readonly endangers: RequirementId | null;
}

export interface DeadlineGroups {
  readonly mcp: readonly DeadlineRow[];
  readonly other: readonly DeadlineRow[];
}

/** Splits the evaluation's deadlines into MCP rows and the rest, naming who and what. */
export function deadlineGroups(deadlines: readonly Deadline[], membership: Membership): DeadlineGroups {
  const names = new Map(membership.professionals.map((p) => [p.id, p.name]));
  // The rules name the membership in its own deadlines ("Fabrikam Ltd (Dublin): enrollment
  // expires"); on this membership's page that prefix says nothing.
  const own = `${membershipLabel(membership)}: `;
  const mcp: DeadlineRow[] = [];
  const other: DeadlineRow[] = [];
  deadlines.forEach((deadline, index) => {
    const base = {
      key: `${index}`,
      kind: deadline.kind,
      kindLabel: DEADLINE_KIND_LABELS[deadline.kind],
      dueOn: deadline.dueOn,
      daysLeft: deadline.daysLeft,
      status: deadline.status,
      endangers: deadline.endangers,
    };
    const name = deadline.professionalId === null ? undefined : names.get(deadline.professionalId);
    if (name === undefined) {
      const about = deadline.subject.startsWith(own) ? deadline.subject.slice(own.length) : deadline.subject;
      other.push({ ...base, who: about.charAt(0).toUpperCase() + about.slice(1), what: base.kindLabel });
      return;
    }
    // The rules write an MCP subject as "<name> — <certification>".
    const prefix = `${name} — `;
    const certification = deadline.subject.startsWith(prefix)
      ? deadline.subject.slice(prefix.length)
      : deadline.subject;
    mcp.push({ ...base, who: name, what: certification });
  });
  return { mcp, other };
}

/** How many deadlines fall from today up to the ruleset's "soon" horizon (30 days), both included. */
export function dueWithinSoon(
  deadlines: readonly Deadline[],
  soonDays = MPP_2009.deadlines.soonDays,
): number {
  let n = 0;
  for (const d of deadlines) if (d.daysLeft >= 0 && d.daysLeft <= soonDays) n += 1;
  return n;
}

export type DeadlineFilter = 'all' | 'soon' | 'overdue' | 'before-expiry';

/** The rows a filter keeps: within the "soon" horizon, past due, or endangering a requirement. */
export function filterRows(
  rows: readonly DeadlineRow[],
  filter: DeadlineFilter,
  soonDays = MPP_2009.deadlines.soonDays,
): readonly DeadlineRow[] {
  if (filter === 'all') return rows;
  if (filter === 'soon') return rows.filter((r) => r.daysLeft >= 0 && r.daysLeft <= soonDays);
  return rows.filter((r) => r.status === filter);
}
