/** Real spreadsheet files made in the tests: XLSX through exceljs, CSV as bytes. */
import ExcelJS from 'exceljs';

export type XlsxValue = ExcelJS.CellValue;

/** An XLSX workbook with `rows` on its first sheet; `numFmts` formats a cell ("B3") as given. */
export async function xlsxBytes(
  rows: readonly (readonly XlsxValue[])[],
  options: {
    numFmts?: Record<string, string>;
    merges?: string[];
    sheetName?: string;
    extraSheet?: string;
  } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.extraSheet) workbook.addWorksheet(options.extraSheet).addRow(['nothing here']);
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1');
  rows.forEach((row, i) => {
    if (row.length > 0) sheet.getRow(i + 1).values = row as XlsxValue[];
  });
  for (const [address, numFmt] of Object.entries(options.numFmts ?? {}))
    sheet.getCell(address).numFmt = numFmt;
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV text as UTF-8 bytes, with a byte-order mark when asked. */
export function csvBytes(text: string, bom = false): Buffer {
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}
