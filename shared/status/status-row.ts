/**
 * Where one membership stands, in one row (DESIGN §5 "Workspace home" and §8 `reenroll status`):
 * its window, readiness, blocking gaps and next deadline, taken from the rule evaluation so the
 * home screen, the CLI and any script agree. Pure: the same membership and asOf give the same row.
 */
import type { IsoDate } from '../dates';
import type { Level } from '../interchange/constants';
import type { Membership } from '../interchange/schema';
import { evaluateMembership } from '../rules/evaluate';
import { appliesTo, passes } from '../rules/outcome';
import type { Ruleset } from '../rules/ruleset';
import type {
  DeadlineAbout,
  DeadlineKind,
  DeadlineStatus,
  EnrollmentWindow,
  MembershipEvaluation,
  RequirementId,
} from '../rules/types';

/** Ready, ready while something is at risk before expiry, or not ready. */
export type Readiness = 'ready' | 'ready-with-risks' | 'not-ready';

export interface NextDeadline {
  readonly kind: DeadlineKind;
  readonly subject: string;
  readonly dueOn: IsoDate;
  readonly status: DeadlineStatus;
  /** Calendar days from asOf to dueOn. */
  readonly daysLeft: number;
  /** Who or what it concerns, for the text people read (never parsed out of `subject`). */
  readonly about: DeadlineAbout;
}

/** What the workspace keeps about a membership beyond its interchange data. */
export interface MembershipState {
  readonly archived: boolean;
  /** The membership this one was rolled forward to (its finished year), if any. */
  readonly rolledForwardTo: string | null;
}

export const ACTIVE: MembershipState = { archived: false, rolledForwardTo: null };

export interface StatusRow {
  readonly id: string;
  readonly organization: string;
  readonly location: string | null;
  readonly country: string | null;
  readonly partnerId: string | null;
  readonly level: Level;
  readonly targetLevel: Level;
  readonly window: EnrollmentWindow;
  readonly ready: boolean;
  readonly readiness: Readiness;
  readonly qualifies: Readonly<Record<Level, boolean>>;
  /** Blocking requirements of the target level (and below) that do not pass, in checklist order. */
  readonly blockingGaps: readonly RequirementId[];
  /** The earliest deadline on or after asOf, or null when nothing is due any more. */
  readonly nextDeadline: NextDeadline | null;
  readonly archived: boolean;
  readonly rolledForwardTo: string | null;
}

/** The row of a membership from its evaluation. */
export function statusRowOf(
  membership: Membership,
  evaluation: MembershipEvaluation,
  state: MembershipState = ACTIVE,
): StatusRow {
  const target = membership.targetLevel;
  const applicable = evaluation.requirements.filter((r) => appliesTo(r, target));
  const blockingGaps = applicable.filter((r) => r.blocking && !passes(r)).map((r) => r.id);
  const atRisk = applicable.some((r) => r.status === 'at-risk');
  // Deadlines come sorted by date; the first not yet past is the next one.
  const next = evaluation.deadlines.find((d) => d.daysLeft >= 0);
  return {
    id: membership.id,
    organization: membership.organization.name,
    location: membership.organization.location,
    country: membership.organization.country,
    partnerId: membership.organization.partnerId,
    level: membership.level,
    targetLevel: target,
    window: evaluation.window,
    ready: evaluation.ready,
    readiness: !evaluation.ready ? 'not-ready' : atRisk ? 'ready-with-risks' : 'ready',
    qualifies: evaluation.qualifies,
    blockingGaps,
    nextDeadline: next
      ? {
          kind: next.kind,
          subject: next.subject,
          dueOn: next.dueOn,
          status: next.status,
          daysLeft: next.daysLeft,
          about: next.about,
        }
      : null,
    archived: state.archived,
    rolledForwardTo: state.rolledForwardTo,
  };
}

/** Evaluates one membership at asOf and returns its row. */
export function statusRow(
  membership: Membership,
  asOf: IsoDate,
  ruleset: Ruleset,
  state: MembershipState = ACTIVE,
): StatusRow {
  return statusRowOf(membership, evaluateMembership(membership, asOf, ruleset), state);
}
