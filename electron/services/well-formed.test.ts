import { describe, expect, it } from 'vitest';
import { illFormedText } from './well-formed';

describe('illFormedText', () => {
  it('accepts well-formed text, paired surrogates included', () => {
    expect(illFormedText({ a: ['𝄞 é', { b: 'ok\u0000' }], n: 1, z: null })).toEqual([]);
  });

  it('names the path of each unpaired surrogate, in values and keys', () => {
    expect(illFormedText({ a: ['x', { b: 'y\ud800' }], ['k\udc00']: 1 }).map((p) => p.path)).toEqual([
      'a[1].b',
      'k\udc00',
    ]);
    expect(illFormedText('\ud83d')).toEqual([
      { path: '(input)', message: expect.stringMatching(/unpaired surrogate/) },
    ]);
  });
});
