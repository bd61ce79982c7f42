/**
 * The schema of a ruleset document (shared/rules/README.md, "Rulesets are data"): a program
 * year's requirement catalogue, thresholds, effective dates and lead times as JSON. The built-in
 * `mpp-2009` is such a document; `--ruleset FILE` and the app's `ruleset` option read others.
 */
import { z } from 'zod';
import { isoDate } from '../interchange/fields';
import { parseWith, type Parsed } from '../validation';
import type { Ruleset } from './ruleset';
import { REQUIREMENT_IDS, type RequirementId } from './types';

const count = (min: number) =>
  z
    .number({ error: 'Expected a number' })
    .int({ error: 'Expected a whole number' })
    .min(min, { error: `Expected ${min} or more` });

const text = z
  .string({ error: 'Expected text' })
  .trim()
  .min(1, { error: 'Expected text, not an empty string' })
  .max(200, { error: 'Expected at most 200 characters' });

const requirementSpecSchema = z.strictObject({
  level: z.enum(['all', 'registered', 'certified', 'gold'], {
    error: 'Expected one of all, registered, certified, gold',
  }),
  kind: z.enum(['qualification', 'step'], { error: 'Expected qualification or step' }),
  blocking: z.boolean({ error: 'Expected true or false' }),
  title: text,
  shortTitle: text,
});

// Every requirement the evaluator knows, each once: a ruleset changes numbers and titles, and
// the order of this object is the checklist order.
const catalogue = Object.fromEntries(REQUIREMENT_IDS.map((id) => [id, requirementSpecSchema])) as Record<
  RequirementId,
  typeof requirementSpecSchema
>;

export const rulesetSchema = z.strictObject({
  id: z
    .string({ error: 'Expected text' })
    .regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, { error: 'Expected lower-case letters, digits, dots and dashes' }),
  title: text,
  requirements: z.strictObject(catalogue, { error: 'Expected the requirement catalogue (an object)' }),
  windowDays: count(1),
  points: z.strictObject({
    certified: count(0),
    gold: count(0),
    perCompetency: count(0),
    firstCompetencyBonus: count(0),
  }),
  mcps: z.strictObject({ required: count(1), solutionsAlternative: count(1) }),
  csat: z.strictObject({
    responsesRequired: count(1),
    maxPerCustomer: count(1),
    lookbackMonths: count(1),
    requiredFrom: isoDate,
  }),
  maps: z.strictObject({
    passPercent: count(0).max(100, { error: 'Expected 100 or less' }),
    renewingWaivedThrough: isoDate,
  }),
  references: z.strictObject({ required: count(1), leadDays: count(0) }),
  deadlines: z.strictObject({ soonDays: count(0) }),
});

// The schema's output and the evaluator's `Ruleset` are the same shape (checked at compile time).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesRuleset: Same<z.output<typeof rulesetSchema>, Ruleset> = true;
void schemaMatchesRuleset;

/** A ruleset document, or problems naming each field's path (`points.certified: Expected a number`). */
export function parseRuleset(input: unknown): Parsed<Ruleset> {
  return parseWith(rulesetSchema, input);
}
