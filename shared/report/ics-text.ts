/**
 * The one place iCalendar (RFC 5545) text is escaped and lines are folded. Folding counts UTF-8
 * octets, not characters, and never splits a character, so a long name in any script stays
 * valid UTF-8 on every physical line.
 */
import type { IsoDate } from '../dates';

const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon and comma escaped, every line break written as `\n`. */
export function escapeIcsText(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\\;,\u0000-\u0008\u000a-\u001f\u007f]/.test(text)) return text;
  return (
    text
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11); tab is.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
  );
}

/** One content line folded into physical lines of at most 75 octets, joined with CRLF + space. */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 unit (a surrogate pair is 4 octets for 2 units).
  if (line.length <= MAX_OCTETS / 3) return line;
  let out = '';
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i += 1) {
    const unit = line.charCodeAt(i);
    let size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        size = 4;
        width = 2;
      }
    }
    // Continuation lines begin with a space, which counts toward their 75 octets.
    if (octets + size > MAX_OCTETS) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += size;
    i += width - 1;
  }
  return out + line.slice(start);
}

/** `2009-09-30` → `20090930`. */
export function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** An ISO timestamp → UTC `YYYYMMDDTHHMMSSZ`; throws on a value that is not a timestamp. */
export function icsTimestamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`generatedAt: expected an ISO timestamp, got "${iso}"`);
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
