import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, decodeUtf8InSlices, invalidUtf8Offset } from './utf8';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeUtf8', () => {
  it('decodes valid text, keeping a byte-order mark and every script', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], '{"é": "𝄞 日本"}'))).toEqual({
      ok: true,
      text: '\uFEFF{"é": "𝄞 日本"}',
    });
  });

  it('refuses invalid bytes naming the offset of the first one', () => {
    const result = decodeUtf8(bytes('{"name": "Caf', [0xe9], '"}'));
    expect(result).toMatchObject({ ok: false, offset: 13 });
    if (!result.ok)
      expect(result.message).toMatch(/^The file is not valid UTF-8 text: the byte at offset 13 \(0xE9\)/);
  });

  it('finds overlong forms, surrogates, truncated and out-of-range sequences', () => {
    expect(invalidUtf8Offset(bytes('ab', [0xc0, 0xaf]))).toBe(2);
    expect(invalidUtf8Offset(bytes('a', [0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(bytes('abc', [0xe2, 0x82]))).toBe(3);
    expect(invalidUtf8Offset(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(bytes('é', [0x80]))).toBe(2);
    expect(invalidUtf8Offset(bytes('fine é 𝄞'))).toBe(-1);
  });
});

describe('decodeUtf8InSlices', () => {
  it('gives what decodeUtf8 gives, for any bytes cut into any slice size, waiting before each slice', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '東', '𝄞', '"', '\uFEFF'), maxLength: 40 });
    const junk = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        text,
        junk,
        text,
        fc.integer({ min: 1, max: 9 }),
        async (before, bad, after, slice) => {
          const input = bytes(before, bad, after);
          let waits = 0;
          const sliced = await decodeUtf8InSlices(input, async () => void (waits += 1), slice);
          expect(sliced).toEqual(decodeUtf8(input));
          if (input.length > slice && sliced.ok) expect(waits).toBe(Math.ceil(input.length / slice));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
