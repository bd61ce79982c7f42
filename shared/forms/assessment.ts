/**
 * The Action Pack assessment and the fee step as their forms hold them: numbers typed as text.
 * Each schema's output is exactly the input the `membership:save-assessment` and
 * `membership:save-step` (feePaid) channels validate.
 */
import { z } from 'zod';
import { blankableDate } from './form-fields';
import { formDecimalOrBlank, numberText } from './form-numbers';
import { feeStepFormSchema } from './steps';
import { DATE_MESSAGE } from '../interchange/fields';
import { mapsAssessmentSchema, type FeeStep, type MapsAssessment } from '../interchange/schema';

/** Blank score and date mean "no assessment recorded" (null); a date needs its score. */
export const assessmentFormSchema = z
  .strictObject({
    scorePercent: formDecimalOrBlank('the score'),
    takenOn: blankableDate,
  })
  .superRefine((value, ctx) => {
    if (value.scorePercent === null && value.takenOn !== null) {
      ctx.addIssue({ code: 'custom', path: ['scorePercent'], message: 'The score is required' });
    }
  })
  .transform((value): z.input<typeof mapsAssessmentSchema> | null =>
    value.scorePercent === null ? null : { scorePercent: value.scorePercent, takenOn: value.takenOn },
  )
  .pipe(mapsAssessmentSchema.nullable());

export type AssessmentFormInput = z.input<typeof assessmentFormSchema>;

/** The stored assessment as the form shows it. */
export function assessmentFormValues(assessment: MapsAssessment | null): AssessmentFormInput {
  return { scorePercent: numberText(assessment?.scorePercent), takenOn: assessment?.takenOn ?? '' };
}

/** The fee step with its amount typed as text; parsed on by the channel's own schema. */
export const feeFormSchema = z
  .strictObject({
    done: z.boolean({ error: 'Expected true or false' }),
    on: z.string({ error: DATE_MESSAGE }).nullable(),
    note: z.string({ error: 'Expected text' }).nullable().optional(),
    amount: formDecimalOrBlank('the amount'),
    currency: z.string({ error: 'Expected a currency code' }).nullable(),
  })
  .pipe(feeStepFormSchema);

export type FeeFormInput = z.input<typeof feeFormSchema>;

/** The stored fee step as the form shows it. */
export function feeFormValues(fee: FeeStep): FeeFormInput {
  return {
    done: fee.done,
    on: fee.on ?? '',
    note: fee.note ?? '',
    amount: numberText(fee.amount),
    currency: fee.currency ?? '',
  };
}
