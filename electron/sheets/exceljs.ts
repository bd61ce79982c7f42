/**
 * exceljs, loaded on first use: it is large, and the handlers (so the desktop app, browser mode
 * and every CLI command that opens a workspace) should not pay for loading it at start.
 */
import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | undefined;

/** The exceljs module. */
export function loadExcel(): Promise<typeof ExcelJS> {
  loaded ??= import('exceljs').then((module) => (module.default ?? module) as typeof ExcelJS);
  return loaded;
}
