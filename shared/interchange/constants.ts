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

/**
 * How long each bounded text may be, in characters, once trimmed. The schema (`fields.ts`,
 * `schema.ts`) and the check in place (`electron/validation/in-place-document.ts`) both read
 * these, so the two never disagree on a limit.
 */
export const TEXT_MAX = {
  /** A required text: a name, a customer, a description. */
  required: 200,
  /** An optional free text. */
  optional: 500,
  id: 100,
  partnerId: 50,
  location: 200,
  country: 100,
  address: 500,
  phone: 50,
  website: 500,
  personName: 200,
  competencyId: 100,
  specialization: 200,
  mcpId: 50,
  note: 1000,
  email: 254,
} as const;

/** The most items each list of a membership may hold. */
export const LIST_MAX = {
  competencies: 1000,
  specializations: 100,
  professionals: 100_000,
  links: 1000,
  certifications: 1000,
  certifiedSolutions: 10_000,
  references: 100_000,
  csatSurveys: 10_000,
  responses: 10_000,
  otherPoints: 100_000,
} as const;

/** The largest count (responses, points) and fee amount a membership may record. */
export const COUNT_MAX = 1_000_000;
export const AMOUNT_MAX = 1_000_000_000;
