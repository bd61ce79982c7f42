/**
 * A wizard step's state, read from the rules' statuses of the requirements the step serves:
 * nothing is decided here that the rules did not decide (shared/rules/README.md, "Words").
 */
import type { Requirement, RequirementId, RequirementStatus } from '../rules/types';

export type StepState = 'done' | 'todo' | 'at-risk' | 'blocked';

const DONE: ReadonlySet<RequirementStatus> = new Set(['met', 'waived']);

/**
 * Blocked when a blocking requirement is unmet (a non-blocking one, like the Action Pack
 * assessment, never blocks); at risk when one is at risk; done when all are met or waived; to do
 * otherwise.
 */
export function stepState(requirements: readonly Requirement[], ids: readonly RequirementId[]): StepState {
  const mine = requirements.filter((r) => ids.includes(r.id));
  if (mine.length === 0) return 'todo';
  if (mine.some((r) => r.status === 'unmet' && r.blocking)) return 'blocked';
  if (mine.some((r) => r.status === 'at-risk')) return 'at-risk';
  return mine.every((r) => DONE.has(r.status)) ? 'done' : 'todo';
}

export const STEP_STATE_LABELS: Readonly<Record<StepState, string>> = {
  done: 'Done',
  todo: 'To do',
  'at-risk': 'At risk',
  blocked: 'Blocked',
};
