/**
 * The Registered steps' forms (sign in, profile, terms) and the manual Gold steps (terms
 * signed, fee). The same schemas validate the matching IPC payloads.
 */
import { z } from 'zod';
import { blankableDate } from './form-fields';
import { optionalText } from '../interchange/fields';

/** The organization's profile fields beyond those on the first tab. */
export const profileSchema = z.strictObject({
  partnerId: optionalText(50),
  address: optionalText(500),
  phone: optionalText(50),
  website: optionalText(500),
});

export type ProfileInput = z.input<typeof profileSchema>;

export const manualStepFormSchema = z.strictObject({
  done: z.boolean({ error: 'Expected true or false' }),
  on: blankableDate,
  note: optionalText(1000),
});

export type ManualStepInput = z.input<typeof manualStepFormSchema>;

export const feeStepFormSchema = manualStepFormSchema
  .extend({
    amount: z
      .number({ error: 'Expected an amount' })
      .min(0, { error: 'The amount cannot be negative' })
      .max(1_000_000_000, { error: 'The amount is at most 1,000,000,000' })
      .nullable(),
    currency: z
      .string({ error: 'Expected a currency code' })
      .trim()
      .toUpperCase()
      .refine((value) => value === '' || /^[A-Z]{3}$/.test(value), {
        error: 'Expected a three-letter currency code like USD',
      })
      .nullable()
      .transform((value) => (value === '' ? null : value)),
  })
  .superRefine((value, ctx) => {
    if (value.done && (value.amount === null || value.currency === null)) {
      ctx.addIssue({
        code: 'custom',
        path: value.amount === null ? ['amount'] : ['currency'],
        message: 'A paid fee needs its amount and currency',
      });
    }
  });

export type FeeStepInput = z.input<typeof feeStepFormSchema>;
