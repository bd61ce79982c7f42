import { describe, expect, it } from 'vitest';
import { mapHeaders, normalizeHeader, unknownColumns } from './headers';
import { serialToIsoDate, readDateText, dateOfCell } from './sheet-dates';
import { readCount, readYesNo } from './cells';
import { describeSheetProblem, type SheetCell, type SheetTable } from './types';

const table = (...rows: SheetCell[][]): SheetTable => ({
  rows: rows.map((cells, i) => ({ row: i + 1, cells })),
});

describe('header recognition', () => {
  it('ignores case, spaces and punctuation and knows the synonyms', () => {
    expect(normalizeHeader('  Expires_ON. ')).toBe('expireson');
    const { mapping, problems } = mapHeaders(
      'mcps',
      table(['FULL NAME', 'mcp-id', 'Expiry date', 'Certification name', 'date earned', 'Shoe size']),
    );
    expect(problems).toEqual([]);
    expect(mapping.keys).toEqual(['name', 'mcpId', 'expiresOn', 'certification', 'earnedOn', null]);
    expect(unknownColumns(mapping)).toEqual(['Shoe size']);
  });

  it('names a missing required column and a column recognised twice', () => {
    const { problems } = mapHeaders('csat', table(['Survey date', 'Participated on', 'Customer']));
    expect(problems.map(describeSheetProblem)).toEqual([
      'row 1, column "Participated on": Fills the same field as column "Survey date"; ignore one of them.',
      'row 1, column "Responses": The sheet has no "Responses" column, which is required.',
    ]);
  });

  it('skips a title row above the header and applies the person’s overrides', () => {
    const { mapping } = mapHeaders(
      'other-points',
      table(['Points we earned in 2009'], ['What', 'Points', 'When']),
      {
        0: 'description',
        2: 'earnedOn',
      },
    );
    expect(mapping.headerRow).toBe(2);
    expect(mapping.keys).toEqual(['description', 'points', 'earnedOn']);
  });

  it('says the sheet is empty when it is', () => {
    expect(mapHeaders('mcps', table()).problems[0]?.code).toBe('no-header');
  });
});

describe('cells', () => {
  it('reads ISO text, serial numbers and Date cells, and day/month text only with an order', () => {
    expect(readDateText('2009-03-01', null)).toEqual({ ok: true, date: '2009-03-01' });
    expect(readDateText('2009-02-30', null)).toEqual({ ok: false, code: 'not-a-date' });
    expect(readDateText('01/03/2009', null)).toEqual({ ok: false, code: 'date-order-needed' });
    expect(readDateText('01/03/2009', 'dmy')).toEqual({ ok: true, date: '2009-03-01' });
    expect(readDateText('01/03/2009', 'mdy')).toEqual({ ok: true, date: '2009-01-03' });
    expect(readDateText('31/02/2009', 'dmy')).toEqual({ ok: false, code: 'not-a-date' });
    expect(readDateText('next Tuesday', 'dmy')).toEqual({ ok: false, code: 'not-a-date' });
    expect(serialToIsoDate(39873)).toBe('2009-03-01');
    expect(serialToIsoDate(1)).toBe('1900-01-01');
    expect(serialToIsoDate(59)).toBe('1900-02-28');
    expect(serialToIsoDate(60)).toBeNull();
    expect(serialToIsoDate(61)).toBe('1900-03-01');
    expect(serialToIsoDate(-3)).toBeNull();
    expect(dateOfCell(new Date(Date.UTC(2009, 2, 1)))).toBe('2009-03-01');
  });

  it('reads yes/no and whole numbers with a sentence for anything else', () => {
    expect(readYesNo('Y', false)).toEqual({ ok: true, value: true });
    expect(readYesNo('', true)).toEqual({ ok: true, value: true });
    expect(readYesNo('maybe', true)).toMatchObject({ ok: false, message: 'maybe is not yes or no' });
    expect(readCount(8)).toEqual({ ok: true, value: 8 });
    expect(readCount('2.5')).toMatchObject({ ok: false, code: 'not-a-number' });
    expect(readCount(-1)).toMatchObject({ ok: false });
  });
});
