import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInterchange } from '../../shared/interchange/parse';
import { documentSchema } from '../../shared/interchange/schema';
import { contract } from '../../shared/ipc/contract';
import { compiled, steppedDocumentValidator } from './compiled';

const sample: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'fabrikam.json'), 'utf8'),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `node`, the root included. */
function paths(node: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(node)) node.forEach((item, i) => out.push(...paths(item, [...at, i])));
  else if (node !== null && typeof node === 'object')
    for (const [key, item] of Object.entries(node)) out.push(...paths(item, [...at, key]));
  return out;
}

/** `doc` with the value at `path` replaced (or removed when `value` is undefined). */
function mutate(doc: Json, path: (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return value ?? null;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

/** A value likely to be wrong somewhere: text, dates, numbers, null, an extra key, a blank. */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>('', '   ', '2009-02-30', '2009-02-28', 'x@example.com', 'gold', -1, 1.5, null),
  fc.constant(undefined),
);

describe('the compiled document validator', () => {
  const fast = compiled(documentSchema);
  const all = paths(sample as Json);

  it('is a compiled clone, not the schema itself', () => {
    expect(fast).not.toBe(documentSchema);
  });

  it('gives the interpreted verdict, value and problems (same paths) on valid and broken files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...all), replacement), { maxLength: 3 }),
        fc.option(fc.tuple(fc.constantFrom(...all), fc.string({ maxLength: 8 }))),
        (changes, extraKey) => {
          let doc = sample as Json;
          for (const [path, value] of changes) {
            try {
              doc = mutate(doc, path, value);
            } catch {
              // an earlier change removed this path's parent: the document stays as it is
            }
          }
          if (extraKey !== null) {
            const [path, key] = extraKey;
            try {
              doc = mutate(doc, [...path, key], 'unexpected');
            } catch {
              // the path no longer leads to an object
            }
          }
          const slow = parseInterchange(structuredClone(doc));
          const quick = parseInterchange(structuredClone(doc), fast);
          expect(quick).toEqual(slow);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('checked a membership at a time, gives the same verdict, value and problems, and counts each', () => {
    const first = (sample as { memberships: Record<string, Json>[] }).memberships[0] as Record<string, Json>;
    const two = { ...(sample as Record<string, Json>), memberships: [first, { ...first, id: 'm-copy' }] };
    const spots = paths(two);
    let valid = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...spots), replacement), { maxLength: 2 }), (changes) => {
        let doc = two as Json;
        for (const [path, value] of changes) {
          try {
            doc = mutate(doc, path, value);
          } catch {
            // an earlier change removed this path's parent
          }
        }
        const counted: [number, number][] = [];
        const stepped = steppedDocumentValidator((done, total) => counted.push([done, total]));
        const result = stepped.safeParse(structuredClone(doc));
        const whole = documentSchema.safeParse(structuredClone(doc));
        expect(result.success).toBe(whole.success);
        expect(result.data).toEqual(whole.data);
        expect(result.error?.issues).toEqual(whole.error?.issues);
        if (result.success) {
          valid += 1;
          expect(counted).toEqual(result.data.memberships.map((_, i, all) => [i + 1, all.length]));
        }
        expect(parseInterchange(structuredClone(doc), stepped)).toEqual(
          parseInterchange(structuredClone(doc)),
        );
      }),
      { numRuns: 300 },
    );
    // Both kinds were tried: files that pass and files that do not.
    expect(valid).toBeGreaterThan(10);
    expect(valid).toBeLessThan(290);
  });

  it('accepts the sample exactly as the interpreted schema does', () => {
    const quick = parseInterchange(structuredClone(sample), fast);
    expect(quick.ok).toBe(true);
    expect(quick).toEqual(parseInterchange(structuredClone(sample)));
  });

  it('gives the interpreted issues for a broken IPC payload', () => {
    const input = contract['entity:save'].input;
    const payload = {
      membershipId: 'm-1',
      list: 'professionals',
      item: { name: ' ', certifications: [{ name: 'MCTS', earnedOn: '2009-02-30' }], extra: 1 },
    };
    const quick = compiled(input).safeParse(payload);
    expect(quick.success).toBe(false);
    expect(quick.error?.issues).toEqual(input.safeParse(payload).error?.issues);
  });
});
