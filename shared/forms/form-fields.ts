/**
 * Field schemas for values as forms hold them: a date input that is empty holds `''`, which the
 * form means as "not known yet" and stores as `null`.
 */
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { DATE_MESSAGE } from '../interchange/fields';

/** A required date entered in a form. */
export const formDate = (what: string) =>
  z
    .string({ error: DATE_MESSAGE })
    .min(1, { error: `${what} is required`, abort: true })
    .refine(isIsoDate, { error: `${DATE_MESSAGE} that exists on the calendar` });

/** An optional date entered in a form: `''` and `null` both mean none. */
export const blankableDate = z
  .string({ error: DATE_MESSAGE })
  .refine((value) => value === '' || isIsoDate(value), {
    error: `${DATE_MESSAGE} that exists on the calendar`,
  })
  .nullable()
  .transform((value) => (value === '' ? null : value));
