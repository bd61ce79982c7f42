/**
 * The "Time to Re-enroll?" step: who the membership is, when it expires, who prepares it.
 * The form and the `membership:create` / `membership:save-overview` handlers share this schema.
 */
import { z } from 'zod';
import { blankableDate, formDate } from './form-fields';
import { levelSchema, optionalEmail, optionalText, requiredText } from '../interchange/fields';

export const overviewSchema = z.strictObject({
  organization: z.strictObject({
    name: requiredText('the organization name'),
    location: optionalText(200),
    country: optionalText(100),
  }),
  level: levelSchema,
  targetLevel: levelSchema,
  enrollment: z.strictObject({
    startedOn: blankableDate,
    expiresOn: formDate('the enrollment expiry date'),
  }),
  renewingSubscriber: z.boolean({ error: 'Expected true or false' }),
  contacts: z.strictObject({
    primaryProgramContact: z.strictObject({ name: optionalText(200), email: optionalEmail }),
    preparer: z.strictObject({
      name: optionalText(200),
      isGlobalProgramAdministrator: z.boolean({ error: 'Expected true or false' }),
    }),
  }),
});

export type OverviewInput = z.input<typeof overviewSchema>;
export type Overview = z.output<typeof overviewSchema>;

/** The blank form a new membership starts from. */
export const emptyOverview: OverviewInput = {
  organization: { name: '', location: '', country: '' },
  level: 'registered',
  targetLevel: 'registered',
  enrollment: { startedOn: '', expiresOn: '' },
  renewingSubscriber: false,
  contacts: {
    primaryProgramContact: { name: '', email: '' },
    preparer: { name: '', isGlobalProgramAdministrator: false },
  },
};
