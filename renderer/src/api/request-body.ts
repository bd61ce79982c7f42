/**
 * A request's JSON body, built without one long task. A 40 MB workspace sent as a string made
 * `fetch` encode it on the main thread in one go (seconds of a frozen window); here a large
 * string is escaped and encoded a slice at a time, yielding between slices, into a Blob that
 * `fetch` hands to the network without touching it again.
 */

/** Strings longer than this are sent in slices; anything smaller is one JSON.stringify. */
const SLICE = 1 << 20;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same JSON as `JSON.stringify(body)`, as a string when it is small and as a Blob when a
 * top-level string field is large. A slice boundary may split a surrogate pair: each half is
 * then escaped as `\udXXX`, which JSON.parse joins back into the same character.
 */
export async function requestBody(
  body: unknown,
  /** Hears how many MiB of the large string are ready, after each slice. */
  onSlice?: (done: number, total: number) => void,
): Promise<string | Blob> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return JSON.stringify(body ?? {});
  const entries = Object.entries(body as Record<string, unknown>);
  if (!entries.some(([, value]) => typeof value === 'string' && value.length > SLICE))
    return JSON.stringify(body);
  const parts: (string | Blob)[] = [];
  let separator = '{';
  for (const [key, value] of entries) {
    if (value === undefined || typeof value === 'function') continue;
    parts.push(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (typeof value !== 'string' || value.length <= SLICE) {
      parts.push(JSON.stringify(value));
      continue;
    }
    parts.push('"');
    const slices = Math.ceil(value.length / SLICE);
    for (let at = 0; at < value.length; at += SLICE) {
      await nextTask();
      parts.push(new Blob([JSON.stringify(value.slice(at, at + SLICE)).slice(1, -1)]));
      onSlice?.(at / SLICE + 1, slices);
    }
    parts.push('"');
  }
  parts.push('}');
  return new Blob(parts, { type: 'application/json' });
}
