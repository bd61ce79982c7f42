/**
 * CSV (and pasted tab-separated cells) → a sheet table: UTF-8 with or without a byte-order mark
 * (anything else refused, naming the first bad byte), the separator read from the header line,
 * row numbers as a spreadsheet would show them, empty rows dropped.
 */
import { parse } from 'csv-parse/sync';
import { unguardFormula } from '../../shared/report/csv';
import type { SheetRow, SheetTable } from '../../shared/sheets/types';
import { SheetFileError } from './sheet-file';

/** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] as number;
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    ) {
      return i;
    }
    i += length;
  }
  return -1;
}

/** UTF-8 text of a CSV file, its byte-order mark removed; invalid UTF-8 refused by offset. */
export function decodeCsv(name: string, bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new SheetFileError(
      `${name} is not UTF-8 text (byte ${offset} is 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}): ` +
        'save it from the spreadsheet as "CSV UTF-8".',
    );
  }
}

/** The separator of the header line: tab, semicolon or comma, whichever appears most outside quotes. */
export function detectSeparator(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** CSV or tab-separated text → the table's non-empty rows. Cells stay text; dates are read later. */
export function parseCsvText(text: string, onProgress?: (done: number, total: number) => void): SheetTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records = parse(body, {
    delimiter: detectSeparator(body),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  const rows: SheetRow[] = [];
  records.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    // csv-parse's arrays are ours: unguarded in place rather than copied, row after row.
    for (let i = 0; i < cells.length; i += 1) cells[i] = unguardFormula(cells[i] as string);
    rows.push({ row: index + 1, cells });
    if (onProgress && index % 5000 === 0) onProgress(index, records.length);
  });
  onProgress?.(records.length, records.length);
  return { rows };
}
