import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { analyzeSheet } from '../../shared/sheets/plan';
import { exportSheetRows } from '../../shared/sheets/export-rows';
import { describeSheetProblem } from '../../shared/sheets/types';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { tempDir } from '../db/testing';
import { readSheet } from './import-sheet';
import { readSheetFile } from './sheet-file';
import { csvBytes, xlsxBytes } from './sheet-files.testing';
import { sheetCsv, sheetXlsx } from './write-sheet';

const cellsOf = async (name: string, bytes: Uint8Array, sheetName?: string) =>
  (await readSheet({ name, bytes }, { sheetName })).rows;

describe('reading CSV', () => {
  it('reads UTF-8 with and without a byte-order mark, comma or semicolon separated', async () => {
    const text = 'Customer,Status\r\nCiarán Ltd,accepted\r\n';
    const expected = [
      { row: 1, cells: ['Customer', 'Status'] },
      { row: 2, cells: ['Ciarán Ltd', 'accepted'] },
    ];
    expect(await cellsOf('a.csv', csvBytes(text))).toEqual(expected);
    expect(await cellsOf('a.csv', csvBytes(text, true))).toEqual(expected);
    expect(await cellsOf('a.csv', csvBytes('Customer;Status\n"Ciarán; Ltd";accepted\n', true))).toEqual([
      expected[0],
      { row: 2, cells: ['Ciarán; Ltd', 'accepted'] },
    ]);
  });

  it('keeps spreadsheet row numbers across empty rows and reads pasted tab-separated cells', async () => {
    const rows = await cellsOf('a.csv', csvBytes('Customer,Status\n\n,\nContoso,draft\n'));
    expect(rows.map((r) => r.row)).toEqual([1, 4]);
    const pasted = await readSheet({ pasted: 'Customer\tStatus\nContoso, Inc\tdraft\n' });
    expect(pasted.rows[1]?.cells).toEqual(['Contoso, Inc', 'draft']);
  });

  it('refuses invalid UTF-8 naming the byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from('Customer\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await expect(readSheet({ name: 'latin1.csv', bytes })).rejects.toThrow(
      'latin1.csv is not UTF-8 text (byte 12 is 0xe9): save it from the spreadsheet as "CSV UTF-8".',
    );
  });
});

describe('refusing files before reading them whole', () => {
  it('checks the extension and the first bytes', async () => {
    const zip = await xlsxBytes([['Customer']]);
    await expect(readSheet({ name: 'a.csv', bytes: zip })).rejects.toThrow(/a zip file, not CSV text/);
    await expect(readSheet({ name: 'a.xlsx', bytes: csvBytes('Customer\n') })).rejects.toThrow(
      /is not an XLSX workbook/,
    );
    await expect(readSheet({ name: 'a.xls', bytes: zip })).rejects.toThrow(/save an .xls workbook as .xlsx/);
    await expect(readSheet({ name: 'a.json', bytes: zip })).rejects.toThrow(/choose a .csv or .xlsx file/);
  });

  it('refuses a file over the size limit from its size alone', () => {
    const dir = tempDir();
    const file = join(dir, 'big.csv');
    writeFileSync(file, 'x'.repeat(2048));
    expect(() => readSheetFile(file, 1024)).toThrow(
      /big\.csv is 0\.0 MB; the largest spreadsheet that can be imported/,
    );
    expect(readSheetFile(file, 4096).bytes).toHaveLength(2048);
  });
});

describe('reading XLSX', () => {
  it('takes date cells, serial numbers only in date-formatted cells, and formulas by their cached result', async () => {
    const bytes = await xlsxBytes(
      [
        ['Description', 'Points', 'Earned on'],
        ['Date cell', 5, new Date(Date.UTC(2009, 2, 1))],
        ['Serial', 6, 39873],
        ['Formula', { formula: 'B2+B3', result: 11 }, { formula: 'DATE(2009,3,1)', result: 39873 }],
        ['Bare number', 7, 39873],
      ],
      { numFmts: { C3: 'dd/mm/yyyy', C4: 'yyyy-mm-dd' } },
    );
    const table = await readSheet({ name: 'points.xlsx', bytes });
    expect(table.rows.slice(1).map((r) => r.cells)).toEqual([
      ['Date cell', 5, { date: '2009-03-01' }],
      ['Serial', 6, { date: '2009-03-01' }],
      ['Formula', 11, { date: '2009-03-01' }],
      ['Bare number', 7, 39873],
    ]);
    const a = analyzeSheet('other-points', table, goldMembership());
    expect(a.problems.map(describeSheetProblem)).toEqual(['row 5, column "Earned on": 39873 is not a date']);
  });

  it('skips a merged title row and reads merged header cells once; empty rows are dropped', async () => {
    const bytes = await xlsxBytes(
      [
        ['Our references', null, null],
        ['Customer', 'Status', null],
        [],
        ['Contoso', 'draft', 'x'],
        [],
        ['Fabrikam', 'accepted'],
      ],
      { merges: ['A1:C1', 'B2:C2'] },
    );
    const table = await readSheet({ name: 'refs.xlsx', bytes });
    expect(table.rows.map((r) => r.row)).toEqual([1, 2, 4, 6]);
    const a = analyzeSheet('references', table, goldMembership());
    expect(a.mapping.headerRow).toBe(2);
    expect(a.mapping.keys).toEqual(['customer', 'status', null]);
    expect(a.plan).toMatchObject({ added: 2 });
  });

  it('reads the named sheet, and says which sheets there are when the name is wrong', async () => {
    const bytes = await xlsxBytes([['Customer'], ['Contoso']], { sheetName: 'Refs', extraSheet: 'Notes' });
    expect((await cellsOf('r.xlsx', bytes, 'Refs'))[1]?.cells).toEqual(['Contoso']);
    expect((await cellsOf('r.xlsx', bytes))[0]?.cells).toEqual(['nothing here']);
    await expect(cellsOf('r.xlsx', bytes, 'Other')).rejects.toThrow(
      'r.xlsx has no sheet "Other"; its sheets are "Notes", "Refs".',
    );
  });

  it('reads 10,000 rows', async () => {
    const rows: ExcelJS.CellValue[][] = [['Name', 'MCP ID', 'Certification', 'Earned on']];
    for (let i = 0; i < 10_000; i += 1)
      rows.push([`Person ${i}`, String(100000 + i), 'MCTS', new Date(Date.UTC(2008, 0, 1 + (i % 300)))]);
    const table = await readSheet({ name: 'big.xlsx', bytes: await xlsxBytes(rows) });
    expect(table.rows).toHaveLength(10_001);
    const a = analyzeSheet('mcps', table, goldMembership());
    expect(a.plan).toMatchObject({ added: 10_000 });
  });
});

describe('writing and reading back', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example","click")',
    '<script>alert(1)</script>',
    "'=1+1",
    '+SUM(A1)',
    '@cmd',
    'Ciarán',
  ];
  const m = goldMembership({
    otherPoints: hostile.map((description, i) => ({
      id: `o-${i + 1}`,
      description,
      points: i,
      earnedOn: null,
    })),
  });

  it('CSV: a byte-order mark, formulas guarded, and the same text back on import', async () => {
    const csv = sheetCsv(exportSheetRows('other-points', m));
    expect(csv.startsWith('\uFEFFDescription,Points,Earned on\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",0,\r\n`);
    expect(csv).toContain('<script>alert(1)</script>,1,\r\n');
    const table = await readSheet({ name: 'o.csv', bytes: Buffer.from(csv, 'utf8') });
    const a = analyzeSheet('other-points', table, m);
    expect(a.plan).toMatchObject({ added: 0, updated: 0, unchanged: hostile.length });
  });

  it('XLSX: text stays text (never a formula), dates are date cells, and it reads back unchanged', async () => {
    const bytes = await sheetXlsx(exportSheetRows('other-points', m), 'Other points');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0]?.getCell('A2');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(hostile[0]);
    const a = analyzeSheet('other-points', await readSheet({ name: 'o.xlsx', bytes }), m);
    expect(a.plan).toMatchObject({ added: 0, updated: 0, unchanged: hostile.length });
    const mcps = await sheetXlsx(exportSheetRows('mcps', goldMembership()), 'MCPs');
    const back = await readSheet({ name: 'm.xlsx', bytes: mcps });
    expect(back.rows[1]?.cells[6]).toEqual({ date: '2007-03-01' });
    expect(analyzeSheet('mcps', back, goldMembership()).plan).toMatchObject({ unchanged: 2, updated: 0 });
  });
});
