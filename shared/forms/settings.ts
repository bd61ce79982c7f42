/**
 * The "Still Need Help?" form: the regional service center contact the person keeps for
 * themselves. Its output is exactly the input of `settingsSchema` (the `settings:save` channel),
 * so what the form accepts the handler accepts too; blanks become null.
 */
import { z } from 'zod';
import { optionalEmail, optionalText } from '../interchange/fields';
import type { Settings } from '../ipc/contract';

export const serviceCenterFormSchema = z.strictObject({
  regionalServiceCenter: z.strictObject({
    name: optionalText(200),
    phone: optionalText(50),
    email: optionalEmail,
    hours: optionalText(200),
  }),
});

export type ServiceCenterFormInput = z.input<typeof serviceCenterFormSchema>;
export type ServiceCenterForm = z.output<typeof serviceCenterFormSchema>;

/** Saved settings as the form holds them: empty text for what was never entered. */
export function serviceCenterFormValues(settings: Settings): ServiceCenterFormInput {
  const c = settings.regionalServiceCenter;
  return {
    regionalServiceCenter: {
      name: c.name ?? '',
      phone: c.phone ?? '',
      email: c.email ?? '',
      hours: c.hours ?? '',
    },
  };
}
