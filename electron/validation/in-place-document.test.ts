// The in-place check is a second statement of the interchange schema: on random valid and invalid
// documents it must give the schema's verdict and, when valid, the schema's value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import sample from '../../examples/fabrikam.json';
import { documentSchema } from '../../shared/interchange/schema';
import { syntheticDocument } from '../../test/bench/synthetic';
import { z } from 'zod';
import { EMAIL, normalizedInPlace } from './in-place-document';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in `value` a mutation can reach: the containers and the keys or indexes in them. */
function places(value: Json, out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push({ parent: value, key: index });
      places(item, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push({ parent: value, key });
      places(item, out);
    }
  }
  return out;
}

/** Values that the schema takes somewhere and refuses elsewhere. */
const REPLACEMENTS: readonly Json[] = [
  null,
  '',
  '   ',
  '  Contoso  ',
  'x'.repeat(201),
  'x'.repeat(1001),
  '2009-02-30',
  '1899-12-31',
  '2009-08-15',
  ' 2009-08-15',
  'gold',
  'accepted',
  'someone@example.com',
  'not an email',
  'USD',
  'usd',
  -1,
  0,
  1.5,
  100,
  101,
  1_000_001,
  true,
  false,
  [],
  {},
  'partner-reenrollment',
  1,
];

/** One change somewhere in the document: a value replaced, a key removed, or a key added. */
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'remove', 'add-key', 'pad'),
  replacement: fc.constantFrom(...REPLACEMENTS),
});

function mutate(document: Json, change: { at: number; kind: string; replacement: Json }) {
  const all = places(document);
  const place = all[change.at % all.length];
  if (!place) return;
  const { parent, key } = place;
  const current = (parent as Record<string | number, Json>)[key];
  if (change.kind === 'remove' && !Array.isArray(parent)) delete parent[key as string];
  else if (change.kind === 'remove') (parent as Json[]).splice(key as number, 1);
  else if (
    change.kind === 'add-key' &&
    current !== null &&
    typeof current === 'object' &&
    !Array.isArray(current)
  )
    current.unexpected = change.replacement;
  else if (change.kind === 'pad' && typeof current === 'string')
    (parent as Record<string | number, Json>)[key] = ` \t${current}  `;
  else (parent as Record<string | number, Json>)[key] = change.replacement;
}

const small = JSON.parse(
  JSON.stringify(
    syntheticDocument({
      memberships: 2,
      mcpsPerMembership: 4,
      referencesPerMembership: 2,
      surveysPerMembership: 1,
      seed: 11,
    }),
  ),
) as Json;

function agree(document: Json): void {
  const expected = documentSchema.safeParse(structuredClone(document));
  const actual = normalizedInPlace(structuredClone(document));
  expect(actual !== null).toBe(expected.success);
  if (expected.success) expect(actual).toEqual(expected.data);
}

describe('normalizedInPlace', () => {
  it("checks emails with zod's own pattern", () => {
    expect(EMAIL.source).toBe(z.regexes.email.source);
    expect(EMAIL.flags).toBe(z.regexes.email.flags);
  });

  it('gives the schema value of the sample and of a synthetic workspace', () => {
    agree(sample as Json);
    agree(small);
  });

  it('agrees with the schema after random changes, valid or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(sample as Json, small),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (base, changes) => {
          const document = structuredClone(base);
          for (const change of changes) mutate(document, change);
          agree(document);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('fills every default of a membership that gives only what is required', () => {
    const bare = {
      format: 'partner-reenrollment',
      version: 1,
      memberships: [
        {
          organization: { name: ' Fabrikam ' },
          level: 'certified',
          targetLevel: 'gold',
          enrollment: { expiresOn: '2009-11-15' },
        },
      ],
    };
    agree(bare);
    expect(normalizedInPlace(structuredClone(bare))?.memberships[0]?.steps.feePaid).toEqual({
      done: false,
      on: null,
      note: null,
      amount: null,
      currency: null,
    });
  });
});
