/**
 * Saving a file from the renderer: a download of a Blob. In the desktop app Electron turns a
 * download into the system save dialog; in a browser it is the browser's own.
 */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  download(fileName, new Blob([text], { type: mimeType }));
}

/** Saves bytes given as base64 (a PDF from the main process). */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  download(fileName, new Blob([bytes], { type: mimeType }));
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
