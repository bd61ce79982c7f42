/**
 * Where each requirement is fixed: the section (tab) and the step inside it. The readiness
 * panel and the review page link through this map, so a status line opens its step.
 */
import type { Level } from '../../../shared/interchange/fields';
import type { RequirementId } from '../../../shared/rules/types';

export interface StepLocation {
  readonly section: string;
  readonly step: string;
}

export const REGISTERED_SECTION = 'registered';
export const CERTIFIED_SECTION = 'certified';

/** The step that fixes a requirement; the shared steps open in the tab of the target level. */
export function stepOfRequirement(id: RequirementId, target: Level): StepLocation {
  const shared = target === 'registered' ? REGISTERED_SECTION : CERTIFIED_SECTION;
  switch (id) {
    case 'admin.global-program-administrator':
      return { section: 'overview', step: '' };
    case 'steps.sign-in':
      return { section: shared, step: 'sign-in' };
    case 'steps.profile':
      return { section: shared, step: 'profile' };
    case 'steps.terms-agreed':
      return { section: shared, step: 'terms' };
    case 'registered.maps-assessment':
      return { section: REGISTERED_SECTION, step: 'assessment' };
    case 'certified.points':
    case 'gold.points':
      return { section: CERTIFIED_SECTION, step: 'points' };
    case 'gold.competency':
      return { section: CERTIFIED_SECTION, step: 'competency' };
    case 'gold.mcps-or-solution':
      return { section: CERTIFIED_SECTION, step: 'mcps' };
    case 'gold.csat':
      return { section: CERTIFIED_SECTION, step: 'csat' };
    case 'gold.mcp-links':
      return { section: CERTIFIED_SECTION, step: 'mcp-links' };
    case 'gold.mcp-exams':
      return { section: CERTIFIED_SECTION, step: 'mcp-exams' };
    case 'gold.references-current':
      return { section: CERTIFIED_SECTION, step: 'references-current' };
    case 'gold.references-assigned':
      return { section: CERTIFIED_SECTION, step: 'references-assigned' };
    case 'gold.competency-other':
      return { section: CERTIFIED_SECTION, step: 'competency-other' };
    case 'gold.terms-signed':
      return { section: CERTIFIED_SECTION, step: 'terms-signed' };
    case 'gold.fee':
      return { section: CERTIFIED_SECTION, step: 'fee' };
  }
}
