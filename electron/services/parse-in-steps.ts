/**
 * JSON.parse of an interchange file in steps, reporting between them. One JSON.parse of a 38 MB
 * file holds the database process for half a second with nothing to say; here the elements of
 * the top-level "memberships" array are parsed one at a time, with `step(done, total)` called as
 * each percent of them is done, and the rest of the object is parsed around an empty array.
 *
 * The result is always JSON.parse(text)'s. A scan finds the elements' boundaries; when the text
 * is not shaped as the scan expects (no such array, a key written with escapes, the key twice),
 * or a piece fails to parse, one JSON.parse of the whole text decides — and throws what it
 * throws. Every piece being valid JSON makes the whole valid (JSON's grammar composes), so a
 * result built from pieces is the whole's.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Where the memberships array sits in the text, and where each of its elements starts and ends. */
interface Layout {
  readonly open: number;
  readonly close: number;
  /** [start, end) of each element (whitespace around it included). */
  readonly elements: readonly (readonly [number, number])[];
}

/** The end of the string whose opening quote is at `at` (the index after its closing quote). */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return -1;
    let slashes = 0;
    for (let j = quote - 1; text.charCodeAt(j) === BACKSLASH; j -= 1) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** Finds the layout of the top-level "memberships" array, or null when the text is not so shaped. */
function layoutOf(text: string): Layout | null {
  let depth = 0;
  let open = -1;
  let close = -1;
  let lastKey: string | null = null;
  let elementStart = -1;
  const elements: [number, number][] = [];
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return null;
      if (depth === 1) lastKey = text.slice(i + 1, end - 1);
      i = end - 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth === 2 && c === OPEN_BRACKET && lastKey === 'memberships') {
        if (open >= 0) return null; // the key twice: JSON.parse keeps the last, leave it to it
        open = i;
        elementStart = i + 1;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth === 2 && open >= 0 && close < 0) {
        // The array's own brackets are the one piece no JSON.parse sees: they must pair.
        if (c !== CLOSE_BRACKET) return null;
        close = i;
        if (text.slice(elementStart, i).trim() !== '' || elements.length > 0)
          elements.push([elementStart, i]);
      }
      depth -= 1;
    } else if (c === COMMA) {
      if (depth === 2 && open >= 0 && close < 0) {
        elements.push([elementStart, i]);
        elementStart = i + 1;
      }
      if (depth === 1) lastKey = null;
    } else if (c === COLON && depth === 1 && lastKey !== null && lastKey.includes('\\')) {
      return null; // a key with escapes might spell "memberships"
    }
  }
  return open >= 0 && close > open ? { open, close, elements } : null;
}

export function parseInSteps(text: string, step: (done: number, total: number) => void): unknown {
  const layout = layoutOf(text);
  if (layout === null) return JSON.parse(text);
  try {
    const frame: unknown = JSON.parse(`${text.slice(0, layout.open)}[]${text.slice(layout.close + 1)}`);
    const held = (frame as { memberships?: unknown } | null)?.memberships;
    if (!Array.isArray(held) || held.length > 0) return JSON.parse(text);
    const total = layout.elements.length;
    const memberships: unknown[] = [];
    let reported = 0;
    for (const [start, end] of layout.elements) {
      memberships.push(JSON.parse(text.slice(start, end)));
      const percent = Math.floor((memberships.length * 100) / total);
      if (percent !== reported) {
        reported = percent;
        step(memberships.length, total);
      }
    }
    (frame as { memberships: unknown[] }).memberships = memberships;
    return frame;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return JSON.parse(text);
  }
}
