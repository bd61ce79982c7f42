/**
 * What the review page says, derived from an evaluation: the requirements that count for the
 * target level in checklist order, and why the membership is or is not ready. No rule logic:
 * the shared outcome functions decide, this only gathers their answers into sentences.
 */
import type { Level } from '../../../shared/interchange/fields';
import { appliesTo, passes } from '../../../shared/rules/outcome';
import type { MembershipEvaluation, Requirement } from '../../../shared/rules/types';
import { formatDate } from '../format';
import { LEVEL_LABELS } from '../../../shared/vocabulary/labels';

export interface Verdict {
  readonly ready: boolean;
  readonly headline: string;
  /** Each reason the membership is not ready, a sentence each; empty when ready. */
  readonly reasons: readonly string[];
}

/** The requirements of `target` and of every level below it, with the `all` ones, in checklist order. */
export function requirementsFor(evaluation: MembershipEvaluation, target: Level): Requirement[] {
  return evaluation.requirements.filter((r) => appliesTo(r, target));
}

/** A blocking requirement that does not pass holds re-enrollment back. */
export function isHoldingBack(requirement: Requirement): boolean {
  return requirement.blocking && !passes(requirement);
}

/** Ready or not for `target`, and each reason why not. */
export function verdictFor(evaluation: MembershipEvaluation, target: Level): Verdict {
  const level = LEVEL_LABELS[target];
  if (evaluation.ready) {
    return { ready: true, headline: `Ready to re-enroll as ${level}`, reasons: [] };
  }
  const reasons: string[] = [];
  const { window } = evaluation;
  if (window.status === 'not-open') {
    reasons.push(`The re-enrollment window is not open yet: it opens on ${formatDate(window.opensOn)}.`);
  } else if (window.status === 'expired') {
    reasons.push(`The enrollment expired on ${formatDate(window.expiresOn)}.`);
  }
  for (const requirement of requirementsFor(evaluation, target)) {
    if (isHoldingBack(requirement)) reasons.push(`${requirement.title}: ${requirement.detail}`);
  }
  return { ready: false, headline: `Not ready to re-enroll as ${level}`, reasons };
}
