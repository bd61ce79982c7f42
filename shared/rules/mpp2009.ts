/**
 * Ruleset `mpp-2009` (shared/rules/README.md): the 2009 partner program re-enrollment rules, a
 * ruleset document (`rulesets/mpp-2009.json`) like any other. `ruleset-schema.test.ts` validates
 * it with the same schema `--ruleset FILE` goes through; the rules read it only through the
 * ruleset an evaluation is given, never from here.
 */
import document from './rulesets/mpp-2009.json' with { type: 'json' };
import type { Ruleset } from './ruleset';

// A JSON import types its strings as `string`; the schema test proves the document is a Ruleset.
export const MPP_2009 = document as Ruleset;
