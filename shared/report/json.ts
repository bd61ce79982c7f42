/**
 * The report as JSON: the model itself, tagged with a format name and version so a script can
 * tell it from the interchange file and the evaluation output.
 */
import type { Report } from './model-types';

export const REPORT_FORMAT_TAG = 'partner-reenrollment-report';
export const REPORT_FORMAT_VERSION = 1;

/** The whole report as pretty-printed JSON. */
export function renderJson(report: Report): string {
  return (
    JSON.stringify({ format: REPORT_FORMAT_TAG, version: REPORT_FORMAT_VERSION, ...report }, null, 2) + '\n'
  );
}
