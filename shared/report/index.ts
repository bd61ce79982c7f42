/**
 * Reports and exports (DESIGN §6): one model built from the evaluation, one pure renderer per
 * format. Callers (CLI, main process, renderer preview) import from here.
 */
export { buildMembershipReport, buildReport, preparerOf } from './model';
export type * from './model-types';
export { renderHtml } from './html';
export { renderMarkdown } from './markdown';
export { renderJson, REPORT_FORMAT_TAG, REPORT_FORMAT_VERSION } from './json';
export { renderDeadlinesCsv, renderRequirementsCsv, csvCell } from './csv';
export { renderIcs, ICS_PRODID, ALARM_DAYS } from './ics';
export { escapeIcsText, foldLine } from './ics-text';
export { escapeHtml } from './html-escape';
export { escapeMarkdown } from './markdown-escape';
export * from '../vocabulary/labels';
export { renderReport, REPORT_FORMATS, type ReportFormat, type RenderedReport } from './render';
