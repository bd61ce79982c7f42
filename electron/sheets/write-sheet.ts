/**
 * A list's export rows as a file: CSV (UTF-8 with a byte-order mark, CRLF, the report CSVs'
 * formula guard) or XLSX (text stays text; dates are real date cells formatted yyyy-mm-dd).
 */
import ExcelJS from 'exceljs';
import { csvText, type CsvValue } from '../../shared/report/csv';
import type { SheetExport } from '../../shared/sheets/export-rows';
import type { SheetCell } from '../../shared/sheets/types';
import type { SheetFormat } from './sheet-file';

const csvValue = (cell: SheetCell): CsvValue =>
  cell !== null && typeof cell === 'object' ? cell.date : cell;

/** The export as CSV text (byte-order mark first). */
export function sheetCsv(exported: SheetExport): string {
  return csvText([exported.headers, ...exported.rows.map((row) => row.map(csvValue))]);
}

const xlsxValue = (cell: SheetCell): ExcelJS.CellValue => {
  if (cell === null) return null;
  if (typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return cell;
};

/** The export as an XLSX workbook of one sheet named after the list. */
export async function sheetXlsx(exported: SheetExport, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(exported.headers).font = { bold: true };
  for (const row of exported.rows) {
    const added = sheet.addRow(row.map(xlsxValue));
    row.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(12, (exported.headers[i]?.length ?? 0) + 4);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The file bytes of the export in `format`. */
export async function writeSheet(
  exported: SheetExport,
  format: SheetFormat,
  sheetName: string,
): Promise<Buffer> {
  return format === 'csv' ? Buffer.from(sheetCsv(exported), 'utf8') : sheetXlsx(exported, sheetName);
}
