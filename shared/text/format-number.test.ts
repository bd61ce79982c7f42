import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from './format-number';
import { collatorCompare } from './collate';

describe('formatNumber', () => {
  it('writes what toLocaleString("en-US") writes, whole numbers and others', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
          fc.maxSafeInteger(),
          fc.double({ noNaN: false }),
          fc.constantFrom(0, -0, 999, 1000, -1000, 1_000_000, Number.MAX_SAFE_INTEGER + 2),
        ),
        (n) => {
          expect(formatNumber(n)).toBe(n.toLocaleString('en-US'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('groups by thousands', () => {
    expect([7, 1234, -1234567, 100000].map(formatNumber)).toEqual(['7', '1,234', '-1,234,567', '100,000']);
  });
});

describe('collatorCompare', () => {
  it('orders as localeCompare with the same locale and options', () => {
    const options: Intl.CollatorOptions[] = [{ sensitivity: 'base' }, { numeric: true, sensitivity: 'base' }];
    for (const option of options) {
      const compare = collatorCompare('en-US', option);
      fc.assert(
        fc.property(fc.string(), fc.string(), (a, b) => {
          expect(Math.sign(compare(a, b))).toBe(Math.sign(a.localeCompare(b, 'en-US', option)));
        }),
        { numRuns: 500 },
      );
      expect(compare('ciarán', 'Ciaran')).toBe(0);
    }
  });
});
