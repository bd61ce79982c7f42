// writePrettyJson must print what JSON.stringify(value, null, 2) prints, at any depth.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writePrettyJson } from './pretty-json';

function printed(value: unknown, depth = 0): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  // At depth 2 the value is item 0 of an array, as in stringifiedAt.
  writePrettyJson(value, depth, (piece) => pieces.push(piece), depth === 0 ? '' : '0');
  return { text: pieces.join(''), pieces };
}

/** JSON.stringify's text for `value` as an item of an array at depth `depth` (depth even). */
function stringifiedAt(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let d = 0; d < depth; d += 2) wrapped = { _: [wrapped] };
  const lines = JSON.stringify(wrapped, null, 2).split('\n');
  // Drop the wrappers' opening and closing lines, and the item's own indentation on its first line.
  const inner = lines.slice(depth, lines.length - depth);
  return inner.join('\n').slice(depth * 2);
}

/** Values JSON.stringify treats specially, mixed into generated JSON. */
const awkward = fc.oneof(
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.constant(Number.NaN),
  fc.constant(-0),
  fc.constant(Infinity),
  fc.constant(new Date(Date.UTC(2009, 7, 15))),
  fc.constant({ toJSON: (key: string) => `key ${key}` }),
  fc.constant('lone \ud800 surrogate, \u2028 separator, "quote" and \\ backslash'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    awkward,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 4 }),
  ),
})).node;

describe('writePrettyJson', () => {
  it('prints what JSON.stringify(value, null, 2) prints', () => {
    fc.assert(
      fc.property(value, (v) => {
        fc.pre(v !== undefined && typeof v !== 'function');
        expect(printed(v).text).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('prints at depth 2 what JSON.stringify prints for an item of a top-level key’s array', () => {
    fc.assert(
      fc.property(value, (v) => {
        fc.pre(v !== undefined && typeof v !== 'function');
        expect(printed(v, 2).text).toBe(stringifiedAt(v, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('hands a large value on in pieces of a few kilobytes', () => {
    const large = Array.from({ length: 2000 }, (_, i) => ({ id: `p-${i}`, name: `Name — ${i}` }));
    const { text, pieces } = printed(large, 2);
    expect(text).toBe(stringifiedAt(large, 2));
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20_000);
  });
});
