import { describe, expect, it } from 'vitest';
import { decodeUtf8, invalidUtf8Offset } from './utf8';

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
