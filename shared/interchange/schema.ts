/**
 * The interchange format `partner-reenrollment`, version 1 (DESIGN §4), as strict zod schemas.
 *
 * Every object is strict (an unknown field is an error naming its path) and every optional field
 * is normalized to `null`, every optional list to `[]`, so one membership has exactly one shape
 * wherever it travels: file, database, IPC, rules and reports.
 */
import { z } from 'zod';
import { formatNumber } from '../text/format-number';
import {
  isoDate,
  levelSchema,
  nonNegativeInt,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalText,
  referenceStatusSchema,
  requiredText,
} from './fields';
import {
  AMOUNT_MAX,
  FORMAT_TAG,
  FORMAT_VERSION,
  LIST_MAX,
  MAX_MEMBERSHIPS_IN_FILE,
  TEXT_MAX,
} from './constants';

export { FORMAT_TAG, FORMAT_VERSION, MAX_MEMBERSHIPS_IN_FILE };

export const organizationSchema = z.strictObject({
  name: requiredText('the organization name'),
  partnerId: optionalText(TEXT_MAX.partnerId),
  location: optionalText(TEXT_MAX.location),
  country: optionalText(TEXT_MAX.country),
  address: optionalText(TEXT_MAX.address),
  phone: optionalText(TEXT_MAX.phone),
  website: optionalText(TEXT_MAX.website),
});

export const enrollmentSchema = z.strictObject({
  startedOn: optionalDate,
  expiresOn: isoDate,
});

export const contactsSchema = z.strictObject({
  primaryProgramContact: z
    .strictObject({ name: optionalText(TEXT_MAX.personName), email: optionalEmail })
    .default({ name: null, email: null }),
  preparer: z
    .strictObject({
      name: optionalText(TEXT_MAX.personName),
      isGlobalProgramAdministrator: z.boolean({ error: 'Expected true or false' }).default(false),
    })
    .default({ name: null, isGlobalProgramAdministrator: false }),
});

export const chosenSchema = z.strictObject({
  competencyId: optionalText(TEXT_MAX.competencyId),
  specialization: optionalText(TEXT_MAX.specialization),
});

const specializationName = requiredText('a specialization', TEXT_MAX.specialization);

export const competencySchema = z.strictObject({
  id: optionalId,
  name: requiredText('the competency name'),
  attainedOn: optionalDate,
  specializations: z.array(specializationName).max(LIST_MAX.specializations).default([]),
  otherRequirementsMet: z.boolean({ error: 'Expected true or false' }).default(false),
});

export const certificationSchema = z.strictObject({
  name: requiredText('the certification name'),
  earnedOn: isoDate,
  expiresOn: optionalDate,
  newerExamRequiredBy: optionalDate,
});

export const linkSchema = z.strictObject({
  competencyId: requiredText('the competency id', TEXT_MAX.competencyId),
  specialization: specializationName,
});

export const professionalSchema = z.strictObject({
  id: optionalId,
  name: requiredText('the professional name'),
  mcpId: optionalText(TEXT_MAX.mcpId),
  associated: z.boolean({ error: 'Expected true or false' }).default(false),
  links: z.array(linkSchema).max(LIST_MAX.links).default([]),
  certifications: z.array(certificationSchema).max(LIST_MAX.certifications).default([]),
});

export const certifiedSolutionSchema = z.strictObject({
  id: optionalId,
  name: requiredText('the solution name'),
  testedOn: isoDate,
  expiresOn: optionalDate,
});

export const referenceSchema = z.strictObject({
  id: optionalId,
  customer: requiredText('the customer name'),
  status: referenceStatusSchema,
  requestedOn: optionalDate,
  acceptedOn: optionalDate,
  expiresOn: optionalDate,
  competencyId: optionalText(TEXT_MAX.competencyId),
  specialization: optionalText(TEXT_MAX.specialization),
});

export const csatResponseSchema = z.strictObject({
  customer: requiredText('the customer organization'),
  count: nonNegativeInt('responses'),
});

export const csatSurveySchema = z.strictObject({
  id: optionalId,
  participatedOn: isoDate,
  responses: z.array(csatResponseSchema).max(LIST_MAX.responses).default([]),
});

export const otherPointsSchema = z.strictObject({
  id: optionalId,
  description: requiredText('a description'),
  points: nonNegativeInt('points'),
  earnedOn: optionalDate,
});

export const mapsAssessmentSchema = z.strictObject({
  scorePercent: z
    .number({ error: 'Expected a score in percent' })
    .min(0, { error: 'The score cannot be below 0 %.' })
    .max(100, { error: 'The score cannot be above 100 %.' }),
  takenOn: optionalDate,
});

const manualStep = z.strictObject({
  done: z.boolean({ error: 'Expected true or false' }).default(false),
  on: optionalDate,
  note: optionalText(TEXT_MAX.note),
});

export const feeStepSchema = manualStep.extend({
  amount: z
    .number({ error: 'Expected an amount' })
    .min(0, { error: 'The amount cannot be negative' })
    .max(AMOUNT_MAX, { error: `The amount is at most ${formatNumber(AMOUNT_MAX)}` })
    .nullable()
    .default(null),
  currency: z
    .string({ error: 'Expected a currency code' })
    .regex(/^[A-Z]{3}$/, { error: 'Expected a three-letter currency code like USD' })
    .nullable()
    .default(null),
});

const NOT_DONE = { done: false, on: null, note: null } as const;

export const stepsSchema = z.strictObject({
  signIn: manualStep.default(NOT_DONE),
  profileVerified: manualStep.default(NOT_DONE),
  termsAgreed: manualStep.default(NOT_DONE),
  termsSigned: manualStep.default(NOT_DONE),
  feePaid: feeStepSchema.default({ ...NOT_DONE, amount: null, currency: null }),
});

export const membershipSchema = z.strictObject({
  id: optionalId,
  organization: organizationSchema,
  level: levelSchema,
  targetLevel: levelSchema,
  enrollment: enrollmentSchema,
  renewingSubscriber: z.boolean({ error: 'Expected true or false' }).default(false),
  contacts: contactsSchema.default({
    primaryProgramContact: { name: null, email: null },
    preparer: { name: null, isGlobalProgramAdministrator: false },
  }),
  chosen: chosenSchema.nullable().default(null),
  competencies: z.array(competencySchema).max(LIST_MAX.competencies).default([]),
  professionals: z.array(professionalSchema).max(LIST_MAX.professionals).default([]),
  certifiedSolutions: z.array(certifiedSolutionSchema).max(LIST_MAX.certifiedSolutions).default([]),
  references: z.array(referenceSchema).max(LIST_MAX.references).default([]),
  csatSurveys: z.array(csatSurveySchema).max(LIST_MAX.csatSurveys).default([]),
  otherPoints: z.array(otherPointsSchema).max(LIST_MAX.otherPoints).default([]),
  mapsAssessment: mapsAssessmentSchema.nullable().default(null),
  steps: stepsSchema.default({
    signIn: NOT_DONE,
    profileVerified: NOT_DONE,
    termsAgreed: NOT_DONE,
    termsSigned: NOT_DONE,
    feePaid: { ...NOT_DONE, amount: null, currency: null },
  }),
});

export const documentSchema = z.strictObject({
  format: z.literal(FORMAT_TAG, { error: `Expected "${FORMAT_TAG}"` }),
  version: z.literal(FORMAT_VERSION, { error: `Expected ${FORMAT_VERSION}` }),
  memberships: z.array(membershipSchema).max(MAX_MEMBERSHIPS_IN_FILE),
});

type WithId<T> = Omit<T, 'id'> & { readonly id: string };

export type Organization = z.output<typeof organizationSchema>;
export type Enrollment = z.output<typeof enrollmentSchema>;
export type Contacts = z.output<typeof contactsSchema>;
export type Chosen = z.output<typeof chosenSchema>;
export type Certification = z.output<typeof certificationSchema>;
export type CompetencyLink = z.output<typeof linkSchema>;
export type Competency = WithId<z.output<typeof competencySchema>>;
export type Professional = WithId<z.output<typeof professionalSchema>>;
export type CertifiedSolution = WithId<z.output<typeof certifiedSolutionSchema>>;
export type Reference = WithId<z.output<typeof referenceSchema>>;
export type CsatResponse = z.output<typeof csatResponseSchema>;
export type CsatSurvey = WithId<z.output<typeof csatSurveySchema>>;
export type OtherPoints = WithId<z.output<typeof otherPointsSchema>>;
export type MapsAssessment = z.output<typeof mapsAssessmentSchema>;
export type Steps = z.output<typeof stepsSchema>;
export type ManualStep = Steps['signIn'];
export type FeeStep = Steps['feePaid'];

/** One membership with every id present and every optional field normalized. */
export type Membership = Omit<
  z.output<typeof membershipSchema>,
  | 'id'
  | 'competencies'
  | 'professionals'
  | 'certifiedSolutions'
  | 'references'
  | 'csatSurveys'
  | 'otherPoints'
> & {
  readonly id: string;
  readonly competencies: readonly Competency[];
  readonly professionals: readonly Professional[];
  readonly certifiedSolutions: readonly CertifiedSolution[];
  readonly references: readonly Reference[];
  readonly csatSurveys: readonly CsatSurvey[];
  readonly otherPoints: readonly OtherPoints[];
};

/** A whole interchange document after validation and id generation. */
export interface InterchangeDocument {
  readonly format: typeof FORMAT_TAG;
  readonly version: typeof FORMAT_VERSION;
  readonly memberships: readonly Membership[];
}
