// The escaped text must parse to what the file's own text parses to, with one byte per character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJsonText } from './ascii-json-text';

const bytesOf = (text: string) => Buffer.from(text, 'utf8');
/** True when every character of `text` fits in one byte: V8 then keeps it one byte per character. */
const oneByte = (text: string) => [...text].every((c) => c.charCodeAt(0) < 0x100);

describe('asciiJsonText', () => {
  it('gives ASCII text back as it is', () => {
    const text = JSON.stringify({ name: 'Contoso', n: [1, 2, 3] });
    expect(asciiJsonText(bytesOf(text))).toBe(text);
  });

  it('escapes non-ASCII characters, so the text parses to the same values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, name) => {
        const text = JSON.stringify({ value, name, place: 'São Paulo — 🎉' });
        const ascii = asciiJsonText(bytesOf(text));
        expect(ascii).not.toBeNull();
        expect(oneByte(ascii as string)).toBe(true);
        expect(JSON.parse(ascii as string)).toEqual(JSON.parse(bytesOf(text).toString('utf8')));
      }),
    );
  });

  it('keeps Latin-1 characters as they are, with nothing escaped, when every one fits', () => {
    const latin1 = fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(fc.array(latin1), fc.jsonValue(), (names, value) => {
        const text = JSON.stringify({ names, value, place: 'São Paulo' });
        const oneByteText = asciiJsonText(bytesOf(text));
        expect(oneByteText).toBe(text);
      }),
    );
  });

  it('leaves the bytes as they were when it escapes instead', () => {
    const bytes = bytesOf(JSON.stringify(['São', 'O’Brien']));
    const before = Buffer.from(bytes);
    asciiJsonText(bytes);
    expect(bytes.equals(before)).toBe(true);
  });

  it('finds non-ASCII characters at every place in a long text', () => {
    const base = 'x'.repeat(5000);
    for (const at of [0, 1, 255, 256, 257, 2499, 2500, 4999]) {
      const text = JSON.stringify([`${base.slice(0, at)}ã${base.slice(at)}`, 'é']);
      expect(JSON.parse(asciiJsonText(bytesOf(text)) as string)).toEqual(JSON.parse(text));
    }
  });

  it('drops a byte-order mark', () => {
    const text = asciiJsonText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf('{"a":"ã"}')]));
    expect(JSON.parse(text as string)).toEqual({ a: 'ã' });
  });

  it('decodes malformed UTF-8 as the whole text decodes it (U+FFFD)', () => {
    const bytes = Buffer.concat([
      bytesOf('["a'),
      Buffer.from([0xc3, 0x22, 0x2c, 0x22, 0xe2, 0x82, 0xff, 0xed, 0xa0, 0x80]),
      bytesOf('"]'),
    ]);
    expect(JSON.parse(asciiJsonText(bytes) as string)).toEqual(JSON.parse(bytes.toString('utf8')));
  });

  it('gives up on a text with very many non-ASCII runs (the plain decode is as fast)', () => {
    const text = JSON.stringify(Array.from({ length: 5000 }, (_, i) => `ã${i}`));
    expect(asciiJsonText(bytesOf(text))).toBeNull();
  });
});
