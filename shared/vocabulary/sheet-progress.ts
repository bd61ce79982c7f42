/** The phases of a spreadsheet import, as the progress bar names them. */
export const SHEET_PROGRESS = {
  reading: 'Reading rows',
  checking: 'Checking rows',
  writing: 'Writing',
} as const;

/** Rows read or checked between two progress reports. */
export const SHEET_PROGRESS_EVERY = 1000;
