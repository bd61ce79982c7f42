/**
 * Field schemas shared by the interchange format, the IPC contract and the forms, so a date or
 * an email is judged by the same rule everywhere it is entered.
 */
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR, isIsoDate, isYearInRange } from '../dates';
import { formatNumber } from '../text/format-number';
import {
  COUNT_MAX,
  DATE_MESSAGE,
  LEVELS,
  MEMBERSHIP_LISTS,
  REFERENCE_STATUSES,
  TEXT_MAX,
  type Level,
} from './constants';

export { DATE_MESSAGE, LEVELS, MEMBERSHIP_LISTS, REFERENCE_STATUSES, type Level };
export const YEAR_MESSAGE = `Expected a year from ${FIRST_YEAR} to ${LAST_YEAR}`;

/** A real calendar date `YYYY-MM-DD`, in the years the app accepts. */
export const isoDate = z
  .string({ error: DATE_MESSAGE })
  .refine(isIsoDate, { error: DATE_MESSAGE, abort: true })
  .refine(isYearInRange, { error: YEAR_MESSAGE });

/** An optional date: missing and `null` both become `null`. */
export const optionalDate = isoDate.nullable().default(null);

/** A required piece of text: trimmed, not empty, without control characters that break lines. */
export const requiredText = (what: string, max: number = TEXT_MAX.required) =>
  z
    .string({ error: `Expected ${what}` })
    .trim()
    .min(1, { error: `${capitalized(what)} is required` })
    .max(max, { error: `${capitalized(what)} is at most ${max} characters` });

/** Optional free text: missing, `null` and blank all become `null`. */
export const optionalText = (max: number = TEXT_MAX.optional) =>
  z
    .string({ error: 'Expected text' })
    .trim()
    .max(max, { error: `Enter at most ${max} characters` })
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value));

export const optionalEmail = z
  .email({ error: 'Expected an email address like name@example.com' })
  .max(TEXT_MAX.email)
  .nullable()
  .default(null)
  .or(z.literal('').transform(() => null));

/** An id: optional on import, generated when missing, unique within its list. */
export const optionalId = z
  .string({ error: 'Expected an id (text)' })
  .trim()
  .min(1, { error: 'An id cannot be empty' })
  .max(TEXT_MAX.id, { error: `An id is at most ${TEXT_MAX.id} characters` })
  .optional();

export const entityId = z
  .string({ error: 'Expected an id (text)' })
  .min(1, { error: 'An id cannot be empty' })
  .max(TEXT_MAX.id, { error: `An id is at most ${TEXT_MAX.id} characters` });

export const levelSchema = z.enum(LEVELS, {
  error: 'Expected one of registered, certified, gold',
});

export const referenceStatusSchema = z.enum(REFERENCE_STATUSES, {
  error: 'Expected one of draft, requested, accepted, declined',
});
export type ReferenceStatus = z.infer<typeof referenceStatusSchema>;

export const nonNegativeInt = (what: string) =>
  z
    .number({ error: `Expected a number of ${what}` })
    .int({ error: `The number of ${what} must be a whole number` })
    .min(0, { error: `The number of ${what} cannot be negative` })
    .max(COUNT_MAX, { error: `The number of ${what} is at most ${formatNumber(COUNT_MAX)}` });

/**
 * A message that starts with a field's description ("the score") starts with its capital: every
 * message is a sentence (`shared/messages.test.ts` walks the schemas for one that is not).
 */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
