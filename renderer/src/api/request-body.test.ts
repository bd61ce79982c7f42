import { describe, expect, it } from 'vitest';
import { requestBody } from './request-body';

/** The body's text (jsdom's Blob has no text(); FileReader reads it). */
function text(body: string | Blob): Promise<string> {
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
    const json = await text(out);
    expect(JSON.parse(json)).toEqual({ text: large, onConflict: 'refuse' });
    expect(json.replace(/\\ud83c\\udf89/, '🎉')).toBe(JSON.stringify(body));
  });
});
