/**
 * The deadlines view's rows: MCP certification deadlines first (who, which certification),
 * then every other dated obligation, each keeping the order the rules gave (by date).
 */
import type { IsoDate } from '../../../shared/dates';
import type { DeadlineKind, DeadlineStatus, RequirementId } from '../../../shared/rules/types';
import type { RequirementTitle, WorkspaceDeadline } from '../../../shared/status/workspace-deadlines';
import { DEADLINE_KIND_LABELS } from '../../../shared/vocabulary/labels';
import { humanDate } from '../../../shared/vocabulary/dates';

export interface DeadlineRow {
  readonly key: string;
  /** The membership the deadline belongs to, and its name for people (organization — location). */
  readonly membershipId: string;
  readonly membership: string;
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
  /** The endangered requirement's title and short title, from the evaluation. */
  readonly endangersTitle: string | null;
  readonly endangersShortTitle: string | null;
}

export interface DeadlineGroups {
  readonly mcp: readonly DeadlineRow[];
  readonly other: readonly DeadlineRow[];
}

/** What a deadline other than an MCP one is about, for people, from its structured fields. */
function aboutText(deadline: WorkspaceDeadline): string {
  const { about } = deadline;
  if (about.reference) return `${about.reference.customer} reference`;
  if (about.solution) return about.solution.name;
  if (about.survey) return `CSAT survey of ${humanDate(about.survey.participatedOn)}`;
  if (about.ruleChange) return `New rule from ${humanDate(about.ruleChange.effectiveOn)}`;
  // The window and the expiry are this membership's own; on its page they need no name.
  return DEADLINE_KIND_LABELS[deadline.kind];
}

/** Splits the evaluation's deadlines into MCP rows and the rest, naming who and what. */
export function deadlineGroups(
  deadlines: readonly WorkspaceDeadline[],
  requirements: readonly RequirementTitle[],
): DeadlineGroups {
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const mcp: DeadlineRow[] = [];
  const other: DeadlineRow[] = [];
  deadlines.forEach((deadline, index) => {
    const { membership } = deadline.about;
    const base = {
      key: `${index}`,
      membershipId: membership.id,
      membership: membership.location ? `${membership.name} — ${membership.location}` : membership.name,
      kind: deadline.kind,
      kindLabel: DEADLINE_KIND_LABELS[deadline.kind],
      dueOn: deadline.dueOn,
      daysLeft: deadline.daysLeft,
      status: deadline.status,
      endangers: deadline.endangers,
      endangersTitle: deadline.endangers === null ? null : (byId.get(deadline.endangers)?.title ?? null),
      endangersShortTitle:
        deadline.endangers === null ? null : (byId.get(deadline.endangers)?.shortTitle ?? null),
    };
    const { professional, certification } = deadline.about;
    if (professional && certification) {
      mcp.push({ ...base, who: professional.name, what: certification.name });
      return;
    }
    other.push({ ...base, who: aboutText(deadline), what: base.kindLabel });
  });
  return { mcp, other };
}

/** How many deadlines fall from today up to the ruleset's "soon" horizon, both included. */
export function dueWithinSoon(deadlines: readonly WorkspaceDeadline[], soonDays: number): number {
  let n = 0;
  for (const d of deadlines) if (d.daysLeft >= 0 && d.daysLeft <= soonDays) n += 1;
  return n;
}

export type DeadlineFilter = 'all' | 'soon' | 'overdue' | 'before-expiry';

/** The rows a filter keeps: within the "soon" horizon, past due, or endangering a requirement. */
export function filterRows(
  rows: readonly DeadlineRow[],
  filter: DeadlineFilter,
  soonDays: number,
): readonly DeadlineRow[] {
  if (filter === 'all') return rows;
  if (filter === 'soon') return rows.filter((r) => r.daysLeft >= 0 && r.daysLeft <= soonDays);
  return rows.filter((r) => r.status === filter);
}
