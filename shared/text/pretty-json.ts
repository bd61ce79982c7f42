/**
 * `JSON.stringify(value, null, 2)` of plain data, printed at some depth of indentation in pieces
 * of a few kilobytes. JSON.stringify returns a rope of parts; writing the rope of a large value
 * first copies it into one flat string, and on a large evaluation that copy, of text about
 * 100 MB long, took three times as long as stringifying it. Pieces this size are copied young
 * and cheaply, and printing at a depth needs no wrapper to cut off afterwards.
 */

/** A piece is handed on once it is about this long (at the end of an object or array). */
const PIECE = 16 * 1024;

/** A newline and the indentation of each depth, made once. */
const NEWLINES: string[] = [];
function newline(depth: number): string {
  for (let d = NEWLINES.length; d <= depth; d += 1) NEWLINES.push(`\n${'  '.repeat(d)}`);
  return NEWLINES[depth] as string;
}

/** What JSON.stringify prints for a value, before its own indentation: undefined to skip it. */
function prepared(holder: object, key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return prepared(holder, key, toJSON.call(value, key));
    // Boxed primitives print as their value.
    if (value instanceof Number || value instanceof String || value instanceof Boolean)
      return value.valueOf();
  }
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  return value;
}

/**
 * Prints `value` as `JSON.stringify(value, null, 2)` would print it at `depth` levels of
 * indentation (its first line not indented, the rest indented by `depth` steps of two spaces).
 * `value` must not be undefined, a function or a symbol (JSON.stringify prints nothing for them).
 * `key` is the key or index it has there, which a `toJSON` method is given.
 */
export function writePrettyJson(value: unknown, depth: number, emit: (text: string) => void, key = ''): void {
  let out = '';
  const print = (v: unknown, d: number): void => {
    if (v === null) out += 'null';
    else if (typeof v === 'string') out += JSON.stringify(v);
    else if (typeof v === 'number') out += Number.isFinite(v) ? String(v) : 'null';
    else if (typeof v === 'boolean') out += v ? 'true' : 'false';
    else if (typeof v === 'bigint')
      out += JSON.stringify(v); // throws, as JSON.stringify does
    else if (Array.isArray(v)) {
      if (v.length === 0) out += '[]';
      else {
        out += '[';
        for (let i = 0; i < v.length; i += 1) {
          const item = prepared(v, String(i), v[i]);
          out += i === 0 ? newline(d + 1) : `,${newline(d + 1)}`;
          print(item === undefined ? null : item, d + 1);
        }
        out += `${newline(d)}]`;
      }
    } else {
      const object = v as Record<string, unknown>;
      let empty = true;
      for (const key of Object.keys(object)) {
        const item = prepared(object, key, object[key]);
        if (item === undefined) continue;
        out += `${empty ? '{' : ','}${newline(d + 1)}${JSON.stringify(key)}: `;
        empty = false;
        print(item, d + 1);
      }
      out += empty ? '{}' : `${newline(d)}}`;
    }
    if (out.length >= PIECE) {
      emit(out);
      out = '';
    }
  };
  print(prepared({ [key]: value }, key, value), depth);
  if (out !== '') emit(out);
}
