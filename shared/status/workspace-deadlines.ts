/**
 * Every deadline of every membership still in use (not archived), for the Deadlines view's
 * "all memberships" choice: each deadline names its membership in `about.membership`, and the
 * requirement titles they endanger travel once, not once per deadline.
 */
import type { IsoDate } from '../dates';
import type { Deadline, MembershipEvaluation, RequirementId } from '../rules/types';

/** A deadline without the sentence and id the view does not use, so the payload stays lean. */
export type WorkspaceDeadline = Omit<Deadline, 'subject' | 'professionalId'>;

export interface RequirementTitle {
  readonly id: RequirementId;
  readonly title: string;
  readonly shortTitle: string;
}

export interface WorkspaceDeadlines {
  readonly asOf: IsoDate;
  /** Sorted by date, then in workspace order; MCP rows are told apart by the view. */
  readonly deadlines: readonly WorkspaceDeadline[];
  /** The titles of the requirements any deadline endangers. */
  readonly requirements: readonly RequirementTitle[];
}

/** One membership's part: its deadlines, and the titles of the requirements they endanger. */
export interface MembershipDeadlines {
  readonly deadlines: readonly WorkspaceDeadline[];
  readonly requirements: readonly RequirementTitle[];
}

/** The lean deadlines of one evaluation, with the titles of what they endanger. */
export function membershipDeadlines(evaluation: MembershipEvaluation): MembershipDeadlines {
  const deadlines = evaluation.deadlines.map(({ kind, dueOn, status, daysLeft, endangers, about }) => ({
    kind,
    dueOn,
    status,
    daysLeft,
    endangers,
    about,
  }));
  const endangered = new Set(deadlines.map((d) => d.endangers));
  const requirements = evaluation.requirements
    .filter((r) => endangered.has(r.id))
    .map(({ id, title, shortTitle }) => ({ id, title, shortTitle }));
  return { deadlines, requirements };
}

/** Joins the memberships' parts (given in workspace order) into one list sorted by date. */
export function workspaceDeadlines(asOf: IsoDate, parts: readonly MembershipDeadlines[]): WorkspaceDeadlines {
  // Array.prototype.sort is stable: equal dates keep workspace order.
  const deadlines = parts.flatMap((p) => p.deadlines).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const titles = new Map<RequirementId, RequirementTitle>();
  for (const part of parts) for (const t of part.requirements) if (!titles.has(t.id)) titles.set(t.id, t);
  return { asOf, deadlines, requirements: [...titles.values()] };
}
