/** Building one requirement: its level, kind and blocking come from the ruleset, never the rule. */
import type { IsoDate } from '../dates';
import type { RuleContext } from './context';
import type { Requirement, RequirementAbout, RequirementId, RequirementStatus, RuleNumbers } from './types';

export interface RequirementExtras {
  readonly actual?: number;
  readonly required?: number;
  readonly dueOn?: IsoDate | null;
  readonly action?: string | null;
  /** Overrides the ruleset's `blocking` (the CSAT rule before its effective date). */
  readonly blocking?: boolean | undefined;
  readonly about?: RequirementAbout;
  readonly uses?: RuleNumbers;
}

/** One requirement of the ruleset with its outcome; optional fields only when they have a value. */
export function requirement(
  context: RuleContext,
  id: RequirementId,
  status: RequirementStatus,
  detail: string,
  extras: RequirementExtras = {},
): Requirement {
  const spec = context.ruleset.requirements[id];
  const result: {
    -readonly [K in keyof Requirement]: Requirement[K];
  } = {
    id,
    level: spec.level,
    kind: spec.kind,
    blocking: status === 'advisory' ? false : (extras.blocking ?? spec.blocking),
    status,
    detail,
    title: spec.title,
    about: extras.about ?? {},
    uses: extras.uses ?? {},
  };
  if (extras.actual !== undefined) result.actual = extras.actual;
  if (extras.required !== undefined) result.required = extras.required;
  if (extras.dueOn !== undefined && extras.dueOn !== null) result.dueOn = extras.dueOn;
  if (extras.action !== undefined && extras.action !== null) result.action = extras.action;
  return result;
}
