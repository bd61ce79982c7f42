/**
 * Number fields as forms hold them: typed as text (so `12a` is an error on the field, not a
 * silent NaN) and turned into the numbers the interchange schemas expect.
 */
import { z } from 'zod';
import { capitalized, nonNegativeInt } from '../interchange/fields';

const NEGATIVE = /^-\s*\d+([.,]\d+)?$/;

/** A required whole number typed as text: `' 12 '` → 12. */
export const formCount = (what: string) =>
  z
    .string({ error: `Expected a number of ${what}` })
    .trim()
    .min(1, { error: `The number of ${what} is required`, abort: true })
    .refine((text) => !NEGATIVE.test(text), {
      error: `The number of ${what} cannot be negative.`,
      abort: true,
    })
    .regex(/^\d+$/, { error: `The number of ${what} must be a whole number, like 12.`, abort: true })
    .transform(Number)
    .pipe(nonNegativeInt(what));

/** A decimal number typed as text, or `''` for none: `'72.5'` → 72.5, `''` → null. */
export const formDecimalOrBlank = (what: string) =>
  z
    .string({ error: `Expected ${what}` })
    .trim()
    .refine((text) => !NEGATIVE.test(text), {
      error: `${capitalized(what)} cannot be negative.`,
      abort: true,
    })
    .regex(/^(\d+([.,]\d+)?)?$/, { error: `${capitalized(what)} must be a number, like 72 or 72.5.` })
    .transform((text) => (text === '' ? null : Number(text.replace(',', '.'))));

/** How a stored number is shown in a text field: `null` → `''`. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
