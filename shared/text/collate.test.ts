import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameCompare } from './collate';

const collator = new Intl.Collator('en-US', { sensitivity: 'base' });
const compare = nameCompare();
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

describe('nameCompare', () => {
  it('orders every pair of printable ASCII characters as the collator does', () => {
    for (const a of PRINTABLE)
      for (const b of PRINTABLE)
        expect([a, b, compare(a, b)]).toEqual([a, b, Math.sign(collator.compare(a, b))]);
  });

  it('orders printable ASCII strings as the collator does, prefixes and cases included', () => {
    const text = fc.string({ unit: fc.constantFrom(...PRINTABLE), maxLength: 8 });
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, tail, extend) => {
        const b = extend ? a + tail : tail;
        for (const [x, y] of [
          [a, b],
          [a, b.toUpperCase()],
        ] as const)
          expect(compare(x, y)).toBe(Math.sign(collator.compare(x, y)));
      }),
      { numRuns: 5000 },
    );
  });

  it('hands other text to the collator: accents, other scripts, control characters', () => {
    const unit = fc.constantFrom('é', 'E', 'e', 'Ł', 'ß', 'ss', '東', '\u0301', '\t', 'a', ' ', '-');
    const text = fc.string({ unit, maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compare(a, b)).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
    expect(compare('Émile', 'Emile')).toBe(0);
    expect(compare('Zürich', 'Zurich AG')).toBe(-1);
  });
});
