/**
 * The §4 JSON's pieces (shared/rules/evaluation-json-text.ts) encoded to UTF-8 by the thread that
 * made them, into buffers of about a megabyte. `process.stdout.write(text)` encodes with
 * `Buffer.from`, which first copies the text JSON.stringify returned (a rope of parts) into one
 * flat string; the profile had that copy and the encoding at about a fifth of the run. Here each
 * piece (one membership's text, a few hundred kilobytes) is encoded once, straight into the chunk.
 */
/** A chunk is handed on once it holds this many bytes. */
export const CHUNK_BYTES = 1 << 20;

/** A chunk's capacity: room for the pieces that fill it and one more (a few kilobytes). */
const CAPACITY = 2 * CHUNK_BYTES;

/** UTF-8 needs at most three bytes for each UTF-16 code unit (a surrogate pair: four for two). */
const MAX_BYTES_PER_UNIT = 3;

/** A byte sink: `piece` encodes text into the chunk, `flush` hands on what is buffered. */
export interface Utf8Sink {
  readonly piece: (text: string) => void;
  readonly flush: () => void;
}

/**
 * Encodes pieces into chunks and calls `emit(bytes)` with each; a chunk ends between two pieces,
 * never inside a character. When `emit` returns true it is done with the bytes (written out
 * already) and the same memory takes the next chunk: on this machine touching a page of fresh
 * memory cost about as much as encoding it, and the output is about 100 MB. Otherwise the next
 * chunk gets fresh memory.
 */
export function utf8Sink(emit: (bytes: Uint8Array) => boolean): Utf8Sink {
  let buffer = Buffer.allocUnsafeSlow(CAPACITY);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    const full = buffer.subarray(0, used);
    used = 0;
    if (!emit(full)) buffer = Buffer.allocUnsafeSlow(CAPACITY);
  };
  return {
    piece: (text) => {
      const needed = used + text.length * MAX_BYTES_PER_UNIT;
      if (needed > buffer.length) {
        // A piece larger than a chunk (one very long string value): a chunk of its own size.
        flush();
        if (text.length * MAX_BYTES_PER_UNIT > buffer.length) {
          buffer = Buffer.allocUnsafeSlow(text.length * MAX_BYTES_PER_UNIT);
        }
      }
      used += buffer.write(text, used);
      if (used >= CHUNK_BYTES) flush();
    },
    flush,
  };
}
