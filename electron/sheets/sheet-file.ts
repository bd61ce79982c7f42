/**
 * Taking a spreadsheet file in: its type judged by extension AND first bytes (XLSX is a zip,
 * `PK\x03\x04`; a CSV never is), its size by `fstat`, both before the file is read whole.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { readWhole } from '../services/read-whole';

/**
 * The largest sheet accepted, in bytes (20 MiB): a 100,000-row MCP list is about 10 MB as CSV and
 * 4 MB as XLSX; exceljs needs about 30 times an XLSX's size in memory to read it.
 */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export type SheetFormat = 'csv' | 'xlsx';

/** A file refused before parsing: wrong type, too large, unreadable. */
export class SheetFileError extends Error {
  override readonly name = 'SheetFileError';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The format a file name claims: `.csv`/`.txt`/`.tsv` are text, `.xlsx` a workbook. */
export function formatOfName(name: string): SheetFormat {
  const extension = extname(name).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return 'csv';
  throw new SheetFileError(
    `${name} is not a spreadsheet this app reads: choose a .csv or .xlsx file` +
      (extension === '.xls' ? ' (save an .xls workbook as .xlsx first).' : '.'),
  );
}

/** Checks the first bytes agree with the format the name claims. */
export function checkMagic(name: string, format: SheetFormat, head: Uint8Array): void {
  const isZip = ZIP_MAGIC.every((byte, i) => head[i] === byte);
  if (format === 'xlsx' && !isZip) {
    throw new SheetFileError(
      `${name} is not an XLSX workbook (it does not start like one); nothing was read.`,
    );
  }
  if (format === 'csv' && isZip) {
    throw new SheetFileError(`${name} is a zip file, not CSV text: if it is a workbook, name it .xlsx.`);
  }
}

/** Refuses `size` bytes over `limit`, naming both. */
export function checkSize(name: string, size: number, limit: number = MAX_SHEET_BYTES): void {
  if (size > limit) {
    throw new SheetFileError(
      `${name} is ${megabytes(size)}; the largest spreadsheet that can be imported is ${megabytes(limit)}.`,
    );
  }
}

/** Reads a sheet file after checking its name, size and first bytes. */
export function readSheetFile(
  path: string,
  limit: number = MAX_SHEET_BYTES,
): { format: SheetFormat; bytes: Buffer } {
  const format = formatOfName(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new SheetFileError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    const { size } = fstatSync(fd);
    checkSize(path, size, limit);
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    checkMagic(path, format, head);
    const bytes = readWhole(fd, size);
    checkSize(path, bytes.length, limit);
    return { format, bytes };
  } finally {
    closeSync(fd);
  }
}
