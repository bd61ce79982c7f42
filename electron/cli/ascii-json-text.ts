/**
 * A large interchange file as JSON text that JSON.parse reads faster. One non-ASCII character
 * (a `São Paulo` among 38 MB of ASCII) makes the decoded text a two-byte string: decoding it
 * took about 0.5 s, twice the memory, and a slower parse. Kept as Latin-1 where they fit, or
 * written as `\uXXXX` escapes, the few non-ASCII characters leave the text one byte per
 * character, and JSON.parse gives the same values: in valid JSON such characters only occur
 * inside strings, where an escape means the same character. A text that does not parse is decoded again as it is, so the error names
 * the position in the file (evaluate-input.ts).
 */
import { isAscii } from 'node:buffer';

/** Beyond this many runs of non-ASCII bytes, the plain decode is as fast: `null`. */
const MAX_RUNS = 4096;

/** Below this many bytes a slice is scanned byte by byte rather than halved again. */
const SCAN_BYTES = 256;

/**
 * Appends the runs of non-ASCII bytes in `bytes[from, to)` as start, end pairs, merging a run
 * that continues one ended at `from`. Halving with `isAscii` (SIMD) skips ASCII stretches fast.
 * False when there are more than `MAX_RUNS`.
 */
function findRuns(bytes: Buffer, from: number, to: number, runs: number[]): boolean {
  if (isAscii(bytes.subarray(from, to))) return true;
  if (to - from > SCAN_BYTES) {
    const middle = from + Math.floor((to - from) / 2);
    return findRuns(bytes, from, middle, runs) && findRuns(bytes, middle, to, runs);
  }
  for (let i = from; i < to; i += 1) {
    if ((bytes[i] as number) < 0x80) continue;
    if (runs.length > 0 && runs[runs.length - 1] === i) runs[runs.length - 1] = i + 1;
    else runs.push(i, i + 1);
  }
  return runs.length <= 2 * MAX_RUNS;
}

/** `\uXXXX` for each UTF-16 code unit of `text`. */
function escaped(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * The text of `bytes` when every non-ASCII character in the runs is at most U+00FF (accented
 * Latin letters, as in names): rewritten in `bytes` itself as Latin-1, which V8 also keeps one
 * byte per character. Each such character is two bytes of UTF-8 and becomes one, so the text only
 * moves left and no second 38 MB buffer is made. Null, with `bytes` untouched, when a run holds
 * anything else (a dash, an emoji, a malformed byte decoded as U+FFFD).
 */
function latin1InPlace(bytes: Buffer, start: number, runs: readonly number[]): string | null {
  const decoded: string[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const text = bytes.toString('utf8', runs[r], runs[r + 1]);
    for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0xff) return null;
    decoded.push(text);
  }
  let to = runs[0] as number;
  decoded.forEach((text, index) => {
    to += bytes.write(text, to, 'latin1');
    const next = index + 1 < decoded.length ? (runs[2 * index + 2] as number) : bytes.length;
    // Overlapping regions: Buffer#copy moves them as memmove does.
    to += bytes.copy(bytes, to, runs[2 * index + 1] as number, next);
  });
  return bytes.toString('latin1', start, to);
}

/**
 * The text of UTF-8 `bytes` (without a byte-order mark), one byte per character: its non-ASCII
 * characters written as Latin-1 in `bytes` itself when they all fit (which changes `bytes`), or
 * else escaped; `null` when it holds too many of them for either to pay. Each run of non-ASCII bytes is
 * decoded on its own: an ASCII byte ends any UTF-8 sequence, so a run decodes (malformed bytes
 * to U+FFFD included) exactly as it does within the whole text.
 */
export function asciiJsonText(bytes: Buffer): string | null {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const runs: number[] = [];
  if (!findRuns(bytes, start, bytes.length, runs)) return null;
  if (runs.length === 0) return bytes.toString('latin1', start);
  const latin1 = latin1InPlace(bytes, start, runs);
  if (latin1 !== null) return latin1;
  const escapes: string[] = [];
  let length = bytes.length - start;
  for (let r = 0; r < runs.length; r += 2) {
    const text = escaped(bytes.toString('utf8', runs[r], runs[r + 1]));
    escapes.push(text);
    length += text.length - ((runs[r + 1] as number) - (runs[r] as number));
  }
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  let from = start;
  escapes.forEach((text, index) => {
    at += bytes.copy(out, at, from, runs[2 * index]);
    at += out.write(text, at, 'latin1');
    from = runs[2 * index + 1] as number;
  });
  bytes.copy(out, at, from);
  return out.toString('latin1');
}
