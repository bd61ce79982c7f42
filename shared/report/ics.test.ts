import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  allHostileReport,
  HOSTILE_STRINGS,
  hostileReport,
  sampleReport,
} from '../../test/fixtures/report/reports';
import { renderIcs } from './ics';
import { escapeIcsText, foldLine } from './ics-text';

function events(ics: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

/** Physical lines as bytes: each must be at most 75 octets of valid UTF-8. */
function physicalLines(ics: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(ics);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
    }
  }
  expect(start).toBe(bytes.length);
  return lines;
}

const strict = new TextDecoder('utf-8', { fatal: true });
/** TEXT cannot hold a bare CR: a line break of any kind comes back as LF. */
const asIcsText = (text: string) => text.replace(/\r\n?/g, '\n');

describe('renderIcs', () => {
  it('writes one all-day event per deadline with alarms 30 and 7 days before', () => {
    const ics = renderIcs(sampleReport());
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Partner Re-enrollment Wizard/);
    const all = events(ics);
    expect(all).toHaveLength(4);
    const exam = all[1] as ICAL.Component;
    const start = exam.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = exam.getFirstPropertyValue('dtend') as ICAL.Time;
    expect([start.isDate, start.toString(), end.isDate, end.toString()]).toEqual([
      true,
      '2009-09-01',
      true,
      '2009-09-02',
    ]);
    expect(exam.getFirstPropertyValue('summary')).toBe(
      'Newer exam required: Sam Lee — MCITP (Fabrikam Ltd, Seattle)',
    );
    expect(exam.getFirstPropertyValue('description')).toContain(
      'Endangers: Gold: MCPs stay certified through expiry.',
    );
    expect((exam.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2009-08-15T09:30:00Z');
    const triggers = exam
      .getAllSubcomponents('valarm')
      .map((alarm) => [
        alarm.getFirstPropertyValue('action'),
        String(alarm.getFirstPropertyValue('trigger')),
      ]);
    expect(triggers).toEqual([
      ['DISPLAY', '-P30D'],
      ['DISPLAY', '-P7D'],
    ]);
  });

  it('gives each deadline a UID that is unique and the same in every export', () => {
    const uids = (ics: string) => events(ics).map((e) => e.getFirstPropertyValue('uid'));
    const first = uids(renderIcs(sampleReport()));
    expect(new Set(first).size).toBe(4);
    const later = sampleReport();
    const regenerated = { ...later, stamp: { ...later.stamp, generatedAt: '2009-09-01T08:00:00Z' } };
    expect(uids(renderIcs(regenerated))).toEqual(first);
  });

  it.each(HOSTILE_STRINGS)('reads %j back intact, folded at 75 octets with CRLF', (hostile) => {
    const ics = renderIcs(hostileReport(hostile));
    for (const line of physicalLines(ics)) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow();
    }
    for (const event of events(ics)) {
      expect(event.getFirstPropertyValue('summary')).toContain(asIcsText(hostile));
      expect(event.getFirstPropertyValue('description')).toContain(asIcsText(hostile));
    }
  });

  it('keeps every membership of a workspace apart', () => {
    const all = events(renderIcs(allHostileReport()));
    expect(all).toHaveLength(HOSTILE_STRINGS.length * 4);
    expect(new Set(all.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(all.length);
  });
});

describe('escapeIcsText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('never splits a character and unfolds to the original line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        const parts = folded.split('\r\n');
        for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
        expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });
});
