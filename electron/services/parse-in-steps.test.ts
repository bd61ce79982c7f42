import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseInSteps } from './parse-in-steps';

/** What JSON.parse makes of `text`: its value, or that it throws. */
function outcome(parse: (text: string) => unknown, text: string): { value: unknown } | { throws: true } {
  try {
    return { value: parse(text) };
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError);
    return { throws: true };
  }
}

const inSteps = (text: string) => parseInSteps(text, () => {});

// Documents shaped like interchange files, and not: the memberships array anywhere among other
// keys (some escaped, some repeated), written compact or pretty.
const key = fc.constantFrom('format', 'memberships', 'member\\u0073hips', 'exportedAt', 'x"y', 'a\\\\');
const document = fc
  .tuple(
    fc.array(fc.tuple(key, fc.jsonValue()), { maxLength: 4 }),
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }),
    fc.nat(4),
    fc.constantFrom(0, 2),
  )
  .map(([others, memberships, at, indent]) => {
    const entries = others.map(
      ([k, v]) => `${JSON.stringify(k).replace(/\\\\u/g, '\\u')}:${JSON.stringify(v, null, indent)}`,
    );
    entries.splice(
      Math.min(at, entries.length),
      0,
      `"memberships": ${JSON.stringify(memberships, null, indent)}`,
    );
    return `{${entries.join(indent ? ',\n  ' : ',')}}`;
  });

describe('parseInSteps', () => {
  it('gives what JSON.parse gives on random documents', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(outcome(inSteps, text)).toEqual(outcome(JSON.parse, text));
      }),
      { numRuns: 500 },
    );
  });

  it('throws where JSON.parse throws, and agrees where it does not, on documents with one character cut or added', () => {
    fc.assert(
      fc.property(
        document,
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', '\\', '[', ' '),
        (text, at, put) => {
          const i = at % (text.length + 1);
          const broken = text.slice(0, i) + put + text.slice(i + 1);
          expect(outcome(inSteps, broken)).toEqual(outcome(JSON.parse, broken));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reports the memberships as each percent of them is parsed', () => {
    const memberships = Array.from({ length: 250 }, (_, i) => ({ id: `m-${i}`, name: 'a, "b" [c]' }));
    const steps: [number, number][] = [];
    const value = parseInSteps(
      JSON.stringify({ format: 'x', memberships, tail: 1 }, null, 2),
      (done, total) => steps.push([done, total]),
    );
    expect(value).toEqual({ format: 'x', memberships, tail: 1 });
    expect(steps).toHaveLength(100);
    expect(steps.at(-1)).toEqual([250, 250]);
    expect(steps.every(([, total]) => total === 250)).toBe(true);
  });

  it('keeps the last of two memberships keys, as JSON.parse does', () => {
    const text = '{"memberships":[1,2],"memberships":[3]}';
    expect(parseInSteps(text, () => {})).toEqual({ memberships: [3] });
    expect(parseInSteps('{"member\\u0073hips":[1],"memberships":[2]}', () => {})).toEqual({
      memberships: [2],
    });
    expect(parseInSteps('{"memberships":[2],"member\\u0073hips":[1]}', () => {})).toEqual({
      memberships: [1],
    });
  });
});
