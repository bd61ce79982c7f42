/**
 * A wizard step's state in the progress indicator, read from the rules' statuses of the
 * requirements the step serves: nothing is decided here that the rules did not decide.
 */
import type { Requirement, RequirementId, RequirementStatus } from '../../../shared/rules/types';

export type StepState = 'done' | 'todo' | 'blocked';

const BLOCKED: ReadonlySet<RequirementStatus> = new Set(['unmet']);
const DONE: ReadonlySet<RequirementStatus> = new Set(['met', 'waived']);

/** Blocked when any requirement is unmet, done when all are met or waived, to do otherwise. */
export function stepState(requirements: readonly Requirement[], ids: readonly RequirementId[]): StepState {
  const mine = requirements.filter((r) => ids.includes(r.id));
  if (mine.length === 0) return 'todo';
  if (mine.some((r) => BLOCKED.has(r.status))) return 'blocked';
  return mine.every((r) => DONE.has(r.status)) ? 'done' : 'todo';
}

export const STEP_STATE_LABELS: Readonly<Record<StepState, string>> = {
  done: 'Done',
  todo: 'To do',
  blocked: 'Blocked',
};

export const STATUS_LABELS: Readonly<Record<RequirementStatus, string>> = {
  met: 'Met',
  unmet: 'Not met',
  'at-risk': 'At risk',
  todo: 'To do',
  waived: 'Waived',
  advisory: 'Advisory',
};
