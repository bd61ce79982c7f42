import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, utf8Sink } from './utf8-sink';

/** Writes `pieces` through a sink; `reuse` is what emit answers. Returns copies of the chunks. */
function chunksOf(pieces: readonly string[], reuse: boolean) {
  const chunks: Uint8Array[] = [];
  const views: Uint8Array[] = [];
  const sink = utf8Sink((bytes) => {
    chunks.push(Uint8Array.from(bytes));
    views.push(bytes);
    return reuse;
  });
  pieces.forEach(sink.piece);
  sink.flush();
  return { chunks, views };
}

const pieces = Array.from({ length: 400 }, (_, i) => `{"n": ${i}, "s": "— ${'x'.repeat(i * 20)} 🎉"},`);
const whole = Buffer.from(pieces.join(''), 'utf8');

describe('utf8Sink', () => {
  it('encodes the pieces into chunks of about CHUNK_BYTES, in order', () => {
    const { chunks } = chunksOf(pieces, true);
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(CHUNK_BYTES);
  });

  it('reuses a chunk’s memory only when emit says it is done with it', () => {
    const reused = chunksOf(pieces, true).views;
    expect(new Set(reused.map((v) => v.buffer)).size).toBe(1);
    const kept = chunksOf(pieces, false);
    expect(new Set(kept.views.map((v) => v.buffer)).size).toBe(kept.views.length);
    // What emit kept is left as it was.
    expect(Buffer.concat(kept.views).equals(whole)).toBe(true);
  });

  it('gives a piece larger than a chunk a chunk of its own', () => {
    const large = `"${'é'.repeat(CHUNK_BYTES)}"`;
    const { chunks } = chunksOf(['[', large, ']'], true);
    expect(Buffer.concat(chunks).equals(Buffer.from(`[${large}]`, 'utf8'))).toBe(true);
  });
});
