/**
 * The one place iCalendar (RFC 5545) text is escaped and lines are folded. Folding counts UTF-8
 * octets, not characters, and never splits a character, so a long name in any script stays
 * valid UTF-8 on every physical line.
 */
import type { IsoDate } from '../dates';

const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon and comma escaped, every line break written as `\n`. */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT (RFC 5545 §3.3.11); tab is.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One content line folded into physical lines of at most 75 octets, joined with CRLF + space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    // Continuation lines begin with a space, which counts toward their 75 octets.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
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
