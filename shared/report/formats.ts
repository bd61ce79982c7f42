/**
 * The report's formats by name, apart from their renderers so the IPC contract (and with it the
 * renderer bundle) can name them without carrying every renderer.
 */
export const REPORT_FORMATS = ['html', 'md', 'json', 'csv', 'requirements-csv', 'ics'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
