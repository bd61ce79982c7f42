/**
 * Field schemas for values as forms hold them: a date input that is empty holds `''`, which the
 * form means as "not known yet" and stores as `null`.
 */
import { z } from 'zod';
import { isIsoDate, isYearInRange } from '../dates';
import { DATE_MESSAGE, YEAR_MESSAGE, capitalized } from '../interchange/fields';

/** A required date entered in a form. */
export const formDate = (what: string) =>
  z
    .string({ error: DATE_MESSAGE })
    .min(1, { error: `${capitalized(what)} is required`, abort: true })
    .refine(isIsoDate, { error: `${DATE_MESSAGE} that exists on the calendar`, abort: true })
    .refine(isYearInRange, { error: YEAR_MESSAGE });

/** An optional date entered in a form: `''` and `null` both mean none. */
export const blankableDate = z
  .string({ error: DATE_MESSAGE })
  .refine((value) => value === '' || isIsoDate(value), {
    error: `${DATE_MESSAGE} that exists on the calendar`,
    abort: true,
  })
  .refine((value) => value === '' || isYearInRange(value), { error: YEAR_MESSAGE })
  .nullable()
  .transform((value) => (value === '' ? null : value));
