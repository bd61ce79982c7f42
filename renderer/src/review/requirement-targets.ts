/**
 * Where the review page, the gap lists and the resources send the person: the step that fixes
 * a requirement (part of the wizard's own map) and the words naming the tab it is on.
 */
import type { Level } from '../../../shared/interchange/fields';
import type { RequirementId } from '../../../shared/rules/types';
import { stepOfRequirement } from '../wizard/requirement-steps';

export interface StepTarget {
  readonly section: string;
  readonly step: string | null;
}

/** The section and step that fix `id` for a membership re-enrolling at `target`. */
export function stepTargetOf(id: RequirementId, target: Level): StepTarget {
  const { section, step } = stepOfRequirement(id, target);
  return { section, step: step === '' ? null : step };
}

/** The tab names a link reads, for the sections a requirement can be fixed in. */
export const SECTION_LINK_LABELS: Readonly<Record<string, string>> = {
  overview: 'Time to Re-enroll?',
  registered: 'Registered Members: Re-enrollment',
  certified: 'Certified or Gold Certified Partners: Re-enrollment',
};
