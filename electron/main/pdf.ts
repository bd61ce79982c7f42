/**
 * PDF export: the report's self-contained HTML, printed by Chromium in a hidden, sandboxed
 * window that runs no script and has no preload.
 */
import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printWindowOptions } from './security';

/** The PDF bytes of `html`, on A4 with backgrounds (status colours) printed. */
export async function printHtmlToPdf(html: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'reenroll-pdf-'));
  const file = join(dir, 'report.html');
  const window = new BrowserWindow(printWindowOptions());
  try {
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
      displayHeaderFooter: false,
    });
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
