/**
 * The interchange format's fixed lists as plain data, without their zod schemas (`fields.ts`
 * builds those from these lists): the rules and the screens that only need the names do not
 * load zod with them.
 */
export const LEVELS = ['registered', 'certified', 'gold'] as const;
export type Level = (typeof LEVELS)[number];

/** The lists of items a membership holds, in the interchange file's order. */
export const MEMBERSHIP_LISTS = [
  'competencies',
  'professionals',
  'certifiedSolutions',
  'references',
  'csatSurveys',
  'otherPoints',
] as const;

export const REFERENCE_STATUSES = ['draft', 'requested', 'accepted', 'declined'] as const;
