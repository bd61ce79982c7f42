/**
 * A request's JSON body, built without one long task. A 40 MB workspace sent as a string made
 * `fetch` encode it on the main thread in one go (seconds of a frozen window); here a large
 * string, or a file's bytes, is escaped and encoded a slice at a time, yielding between slices,
 * into a Blob that `fetch` hands to the network without touching it again.
 */
import { decodeUtf8Slices } from '../../../shared/text/utf8';

/** Strings longer than this are sent in slices; anything smaller is one JSON.stringify. */
const SLICE = 1 << 20;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The bytes of a field were not UTF-8: the same sentence the handler says of such a file. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

/**
 * The same JSON as `JSON.stringify(body)`, as a string when it is small and as a Blob when a
 * top-level string field is large. A slice boundary may split a surrogate pair: each half is
 * then escaped as `\udXXX`, which JSON.parse joins back into the same character.
 *
 * A top-level `Uint8Array` field (a file as read from the disk, which the contract takes as its
 * text's UTF-8 bytes) is sent as the JSON string of that text, decoded strictly a slice at a
 * time; bytes that are not UTF-8 reject with a `NotUtf8Error` and nothing is sent.
 */
export async function requestBody(
  body: unknown,
  /** Hears how many MiB of the large field are ready, after each slice. */
  onSlice?: (done: number, total: number) => void,
): Promise<string | Blob> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return JSON.stringify(body ?? {});
  const entries = Object.entries(body as Record<string, unknown>);
  if (!entries.some(([, value]) => isBytes(value) || isLargeString(value))) return JSON.stringify(body);
  const parts: (string | Blob)[] = [];
  let separator = '{';
  for (const [key, value] of entries) {
    if (value === undefined || typeof value === 'function') continue;
    parts.push(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (!isBytes(value) && !isLargeString(value)) {
      parts.push(JSON.stringify(value));
      continue;
    }
    parts.push('"');
    if (isBytes(value)) {
      const decoded = await decodeUtf8Slices(value, nextTask, (piece, done, total) => {
        parts.push(new Blob([escaped(piece)]));
        onSlice?.(done, total);
      });
      if (!decoded.ok) throw new NotUtf8Error(decoded.message);
    } else {
      const slices = Math.ceil(value.length / SLICE);
      for (let at = 0; at < value.length; at += SLICE) {
        await nextTask();
        parts.push(new Blob([escaped(value.slice(at, at + SLICE))]));
        onSlice?.(at / SLICE + 1, slices);
      }
    }
    parts.push('"');
  }
  parts.push('}');
  return new Blob(parts, { type: 'application/json' });
}

/** A Uint8Array from any realm (a test's TextEncoder may be another realm's). */
function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function isLargeString(value: unknown): value is string {
  return typeof value === 'string' && value.length > SLICE;
}

/** A string's JSON, without its quotes. */
function escaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
