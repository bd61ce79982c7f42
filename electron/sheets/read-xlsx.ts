/**
 * XLSX → a sheet table through exceljs: the first worksheet or the one named; a formula's cached
 * result (never evaluated); date cells as calendar dates, and numbers as dates only where the
 * cell's number format is a date format; merged cells read once, at their top-left cell.
 */
import { SHEET_PROGRESS_EVERY } from '../../shared/vocabulary/sheet-progress';
import type ExcelJS from 'exceljs';
import { loadExcel } from './exceljs';
import { dateOfCell, serialToIsoDate } from '../../shared/sheets/sheet-dates';
import type { SheetCell, SheetRow, SheetTable } from '../../shared/sheets/types';
import { SheetFileError } from './sheet-file';

/** True for number formats that show a date (`yyyy-mm-dd`, `d/m/yy`, `mmm d`…), not a time alone. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const code = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(code) || /m{3,}/i.test(code);
}

type RawValue = ExcelJS.CellValue;

function plain(value: RawValue, numFmt: string | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const date = dateOfCell(value);
    return date === null ? null : { date };
  }
  if (typeof value === 'number') {
    if (isDateFormat(numFmt)) {
      const date = serialToIsoDate(value);
      if (date !== null) return { date };
    }
    return value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if ('result' in value) return plain((value as { result?: RawValue }).result ?? null, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String((value as { text: unknown }).text);
  if ('error' in value) return null;
  return null;
}

/** The cells of an XLSX workbook's sheet (first, or `sheetName`). */
export async function readXlsx(
  name: string,
  bytes: Uint8Array,
  sheetName?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<SheetTable> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetFileError(
      `${name} could not be read as an XLSX workbook (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new SheetFileError(
      sheetName === undefined
        ? `${name} has no worksheet.`
        : `${name} has no sheet "${sheetName}"; its sheets are ${names}.`,
    );
  }
  const rows: SheetRow[] = [];
  const total = sheet.rowCount;
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    for (let col = 1; col <= width; col += 1) {
      const cell = row.getCell(col);
      const isCopy = cell.isMerged && cell.master !== cell;
      cells.push(isCopy ? null : plain(cell.value, cell.numFmt));
    }
    if (cells.some((cell) => cell !== null && !(typeof cell === 'string' && cell.trim() === ''))) {
      rows.push({ row: rowNumber, cells });
    }
    if (onProgress && rowNumber % SHEET_PROGRESS_EVERY === 0) onProgress(rowNumber, total);
  });
  onProgress?.(total, total);
  return { rows };
}
