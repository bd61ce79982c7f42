/**
 * The Gold steps whose forms are not list items: the chosen competency and specialization
 * (the `membership:save-chosen` schema itself) and the chosen competency's other requirements,
 * saved as that competency's `otherRequirementsMet` through `entity:save`.
 */
import { z } from 'zod';
import { chosenSchema } from '../interchange/schema';

export const chosenFormSchema = chosenSchema;

export const competencyOtherFormSchema = z.strictObject({
  otherRequirementsMet: z.boolean({ error: 'Expected true or false' }),
});
