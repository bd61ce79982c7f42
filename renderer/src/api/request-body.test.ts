import { describe, expect, it } from 'vitest';
import { NotUtf8Error, requestBody } from './request-body';

/** The body's text (jsdom's Blob has no text(); FileReader reads it). */
function bodyText(body: string | Blob): Promise<string> {
  if (typeof body === 'string') return Promise.resolve(body);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(body);
  });
}

describe('requestBody', () => {
  it('is JSON.stringify for small bodies, as a string', async () => {
    for (const body of [{ id: 'm-1', n: 2 }, undefined, null, [1, 2]]) {
      const out = await requestBody(body);
      expect(typeof out).toBe('string');
      expect(out).toBe(JSON.stringify(body ?? {}));
    }
  });

  it('sends a large string field as a Blob holding exactly the JSON of the body', async () => {
    // A surrogate pair straddles the 1 MiB slice boundary; quotes, controls and a lone surrogate.
    const large = `${'a'.repeat((1 << 20) - 1)}🎉 "quoted" \\ \n\u0001 \ud800 ${'é'.repeat(1 << 20)}`;
    const body = { text: large, skipped: undefined, onConflict: 'refuse' };
    const slices: [number, number][] = [];
    const out = await requestBody(body, (done, total) => slices.push([done, total]));
    expect(out).toBeInstanceOf(Blob);
    const total = Math.ceil(large.length / (1 << 20));
    expect(slices).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    const json = await bodyText(out);
    expect(JSON.parse(json)).toEqual({ text: large, onConflict: 'refuse' });
    expect(json.replace(/\\ud83c\\udf89/, '🎉')).toBe(JSON.stringify(body));
  });

  it('sends a Uint8Array field as the JSON string of its UTF-8 text, a MiB slice at a time', async () => {
    // A four-byte character straddles the 1 MiB boundary; quotes, controls and a byte-order mark.
    const text = `\uFEFF${'a'.repeat((1 << 20) - 2)}𝄞 "quoted" \\ \n\u0001 ${'東'.repeat(1 << 19)}`;
    const bytes = new TextEncoder().encode(text);
    const slices: [number, number][] = [];
    const out = await requestBody({ onConflict: 'new', text: bytes, n: 1 }, (done, total) =>
      slices.push([done, total]),
    );
    const total = Math.ceil(bytes.length / (1 << 20));
    expect(slices).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    const json = await bodyText(out);
    expect(json).toBe(JSON.stringify({ onConflict: 'new', text, n: 1 }));
    // A small file is sent the same way: JSON.stringify would make an object of its bytes.
    const small = await bodyText(await requestBody({ text: new TextEncoder().encode('{"é":1}') }));
    expect(JSON.parse(small)).toEqual({ text: '{"é":1}' });
  });

  it('refuses bytes that are not UTF-8 with the sentence the handler says', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('{"name": "Caf'), 0xe9, 0x22, 0x7d]);
    await expect(requestBody({ text: latin1 })).rejects.toThrow(NotUtf8Error);
    await expect(requestBody({ text: latin1 })).rejects.toThrow(
      /^The file is not valid UTF-8 text: the byte at offset 13 \(0xE9\)/,
    );
  });
});
