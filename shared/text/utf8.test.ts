import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8, decodeUtf8Slices, invalidUtf8Offset } from './utf8';

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

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('decodeUtf8Slices', () => {
  it('hands on in pieces what decodeUtf8 gives, for any bytes and any slice size, waiting before each slice', async () => {
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
          const total = Math.max(1, Math.ceil(input.length / slice));
          let waits = 0;
          const pieces: string[] = [];
          const counts: [number, number][] = [];
          const sliced = await decodeUtf8Slices(
            input,
            async () => void (waits += 1),
            (piece, done, all) => {
              pieces.push(piece);
              counts.push([done, all]);
            },
            slice,
          );
          const whole = decodeUtf8(input);
          if (!whole.ok) {
            expect(sliced).toEqual(whole);
            return;
          }
          expect(sliced).toEqual({ ok: true });
          expect(pieces.join('')).toBe(whole.text);
          expect(waits).toBe(total);
          expect(counts).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
          // No piece ends inside a character: none holds half of a surrogate pair.
          for (const piece of pieces) expect(LONE_SURROGATE.test(piece)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
