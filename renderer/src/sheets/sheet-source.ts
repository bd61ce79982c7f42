/** Turning what the person chose or pasted into the sheet channels' `source`. */
import type { SheetRequest } from '../../../shared/ipc/sheet-channels';

export type SheetSource = SheetRequest['source'];

/** The largest file sent for a preview; the main process checks the same limit again. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A chosen file as name + base64 bytes, or a sentence saying why not. */
export async function fileSource(file: File): Promise<SheetSource> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the largest spreadsheet that can be imported is 20.0 MB.`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return { name: file.name, base64: btoa(binary) };
}

/** True when pasted text looks like cells copied from a spreadsheet: a header row and tabs. */
export function looksLikeCells(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return lines.length >= 2 && lines[0]!.includes('\t');
}

/** How the source is named in the dialog's title. */
export function sourceLabel(source: SheetSource): string {
  return 'name' in source ? source.name : 'pasted cells';
}
