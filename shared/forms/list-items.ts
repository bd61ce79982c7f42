/**
 * The list editors' forms: dates and numbers typed as text, specializations one per line.
 * Each schema's OUTPUT is a valid input of the matching interchange item schema (without its
 * id), so the editor sends it to `entity:save` unchanged and the handler validates it again
 * with the contract's own schema.
 */
import { z } from 'zod';
import { blankableDate, formDate } from './form-fields';
import { formCount } from './form-numbers';
import { optionalText, referenceStatusSchema, requiredText } from '../interchange/fields';

const MAX_SPECIALIZATIONS = 100;

/** Text with one entry per line → the non-blank lines, trimmed. */
const linesList = (what: string, maxLength: number) =>
  z
    .string({ error: 'Expected text' })
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .refine((lines) => lines.length <= MAX_SPECIALIZATIONS, {
      error: `Enter at most ${MAX_SPECIALIZATIONS} ${what}s`,
    })
    .refine((lines) => lines.every((line) => line.length <= maxLength), {
      error: `Each ${what} is at most ${maxLength} characters`,
    })
    .refine((lines) => new Set(lines).size === lines.length, { error: `A ${what} is listed twice` });

export const competencyFormSchema = z.strictObject({
  name: requiredText('the competency name'),
  attainedOn: blankableDate,
  specializations: linesList('specialization', 200),
  otherRequirementsMet: z.boolean({ error: 'Expected true or false' }),
});

export const certificationFormSchema = z.strictObject({
  name: requiredText('the certification name'),
  earnedOn: formDate('the date it was earned'),
  expiresOn: blankableDate,
  newerExamRequiredBy: blankableDate,
});

export const linkFormSchema = z.strictObject({
  competencyId: requiredText('a competency', 100),
  specialization: requiredText('a specialization', 200),
});

export const professionalFormSchema = z.strictObject({
  name: requiredText('the professional name'),
  mcpId: optionalText(50),
  associated: z.boolean({ error: 'Expected true or false' }),
  certifications: z.array(certificationFormSchema).max(1000),
  links: z.array(linkFormSchema).max(1000),
});

export const certifiedSolutionFormSchema = z.strictObject({
  name: requiredText('the solution name'),
  testedOn: formDate('the date it was tested'),
  expiresOn: blankableDate,
});

export const referenceFormSchema = z
  .strictObject({
    customer: requiredText('the customer name'),
    status: referenceStatusSchema,
    requestedOn: blankableDate,
    acceptedOn: blankableDate,
    expiresOn: blankableDate,
    competencyId: optionalText(100),
    specialization: optionalText(200),
  })
  .superRefine((value, ctx) => {
    // A specialization means nothing without the competency it belongs to.
    if (value.specialization !== null && value.competencyId === null) {
      ctx.addIssue({ code: 'custom', path: ['competencyId'], message: 'Choose the competency as well' });
    }
  });

export const csatResponseFormSchema = z.strictObject({
  customer: requiredText('the customer organization'),
  count: formCount('responses'),
});

export const csatSurveyFormSchema = z.strictObject({
  participatedOn: formDate('the survey date'),
  responses: z.array(csatResponseFormSchema).max(10_000),
});

export const otherPointsFormSchema = z.strictObject({
  description: requiredText('a description'),
  points: formCount('points'),
  earnedOn: blankableDate,
});

/** The form schema of each editable list. */
export const LIST_FORM_SCHEMAS = {
  competencies: competencyFormSchema,
  professionals: professionalFormSchema,
  certifiedSolutions: certifiedSolutionFormSchema,
  references: referenceFormSchema,
  csatSurveys: csatSurveyFormSchema,
  otherPoints: otherPointsFormSchema,
} as const;

export type ListFormSchemas = typeof LIST_FORM_SCHEMAS;
export type ListName = keyof ListFormSchemas;
export type ListFormInput<L extends ListName> = z.input<ListFormSchemas[L]>;
export type ListFormOutput<L extends ListName> = z.output<ListFormSchemas[L]>;
