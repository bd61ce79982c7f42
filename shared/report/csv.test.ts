import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { allHostileReport, HOSTILE_STRINGS, sampleReport } from '../../test/fixtures/report/reports';
import { csvCell, renderDeadlinesCsv, renderRequirementsCsv, unguardFormula } from './csv';

/** What a cell holding `text` must read back as: the text, with an apostrophe if it could be a formula. */
const guarded = (text: string) => (/^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function records(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

describe('renderDeadlinesCsv', () => {
  it('gives one row per deadline with subject, kind, date, days left, status and what it endangers', () => {
    const rows = records(renderDeadlinesCsv(sampleReport()));
    expect(rows[0]).toEqual([
      'Organization',
      'Location',
      'Membership ID',
      'Subject',
      'Kind',
      'Date',
      'Days left',
      'Status',
      'Endangers',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual([
      'Fabrikam Ltd',
      'Seattle',
      'm-1',
      'Fabrikam Ltd (Seattle)',
      'Re-enrollment window opens',
      '2009-07-02',
      '-44',
      'Overdue',
      '',
    ]);
    expect(rows[2]?.slice(3)).toEqual([
      'Sam Lee — MCITP',
      'Newer exam required',
      '2009-09-01',
      '17',
      'Soon',
      'Gold: MCPs stay certified through expiry',
    ]);
  });

  it('starts with a byte-order mark so spreadsheets read "Ciarán" as UTF-8', () => {
    const csv = renderDeadlinesCsv(sampleReport());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1, 13)).toBe('Organization');
    expect(renderRequirementsCsv(sampleReport()).charCodeAt(0)).toBe(0xfeff);
  });

  it('ends every record with CRLF', () => {
    const csv = renderDeadlinesCsv(sampleReport());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('neutralizes formulas and reads every hostile string back through an independent parser', () => {
    const report = allHostileReport();
    const rows = records(renderDeadlinesCsv(report)).slice(1);
    expect(rows).toHaveLength(HOSTILE_STRINGS.length * 4);
    rows.forEach((row, i) => {
      const hostile = HOSTILE_STRINGS[Math.floor(i / 4)] as string;
      // The subject is built from the deadline's fields: the professional and certification, the
      // reference's customer, or for the membership's own dates its name and location.
      const subject = [`${hostile} — ${hostile}`, `${hostile} reference`, `${hostile} (${hostile})`];
      expect(row.slice(0, 3)).toEqual([guarded(hostile), guarded(hostile), guarded(hostile)]);
      expect(subject.map(guarded)).toContain(row[3]);
      // Days left is a number the report computes, written as a number (negative when past).
      expect(row[6]).toMatch(/^-?\d+$/);
      for (const cell of [...row.slice(0, 6), ...row.slice(7)]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });
});

describe('renderRequirementsCsv', () => {
  it('gives one row per requirement with its status, detail and action', () => {
    const rows = records(renderRequirementsCsv(sampleReport()));
    expect(rows).toHaveLength(6);
    expect(rows[3]).toEqual([
      'Fabrikam Ltd',
      'Seattle',
      'm-1',
      'gold.points',
      'Gold: 120 partner points',
      'Gold',
      'qualification',
      'yes',
      'Not met',
      '60 of 120 points.',
      '60 more points: 2 more competencies (60).',
      '',
      '60',
      '120',
    ]);
  });

  it('reads hostile details and actions back guarded', () => {
    const rows = records(renderRequirementsCsv(allHostileReport())).slice(1);
    rows.forEach((row, i) => {
      const hostile = HOSTILE_STRINGS[Math.floor(i / 5)] as string;
      expect(row[9]).toBe(guarded(hostile));
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });
});

describe('csvCell', () => {
  it('quotes only what needs quoting, guards text formulas, writes numbers as numbers', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell("'=1")).toBe("''=1");
    expect(csvCell("it's")).toBe("it's");
  });

  it('guards in a way unguardFormula undoes exactly', () => {
    for (const text of ['=1+1', "'=1", "''+x", "it's", "'plain", '-5', '', '@a']) {
      expect(unguardFormula(csvCell(text).replace(/^"|"$/g, ''))).toBe(text);
    }
  });
});
