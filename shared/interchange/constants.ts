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

/** The format tag and version every interchange file carries (DESIGN §4). */
export const FORMAT_TAG = 'partner-reenrollment';
export const FORMAT_VERSION = 1;

/** The most memberships one interchange file may hold. */
export const MAX_MEMBERSHIPS_IN_FILE = 10_000;

/** What a field that must be a date says when it is not one. */
export const DATE_MESSAGE = 'Expected a date YYYY-MM-DD';
