/**
 * One entry point from a format name to its text, file extension and MIME type, so the CLI, the
 * save dialogs and the preview agree on what each export is.
 */
import { renderDeadlinesCsv, renderRequirementsCsv } from './csv';
import { renderHtml } from './html';
import { renderIcs } from './ics';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { Report } from './model-types';

import type { ReportFormat } from './formats';

export { REPORT_FORMATS, type ReportFormat } from './formats';

export interface RenderedReport {
  readonly text: string;
  readonly extension: string;
  readonly mimeType: string;
}

const RENDERERS: Readonly<
  Record<ReportFormat, { render: (r: Report) => string; extension: string; mimeType: string }>
> = {
  html: { render: renderHtml, extension: 'html', mimeType: 'text/html; charset=utf-8' },
  md: { render: renderMarkdown, extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  json: { render: renderJson, extension: 'json', mimeType: 'application/json' },
  csv: { render: renderDeadlinesCsv, extension: 'csv', mimeType: 'text/csv; charset=utf-8; header=present' },
  'requirements-csv': {
    render: renderRequirementsCsv,
    extension: 'csv',
    mimeType: 'text/csv; charset=utf-8; header=present',
  },
  ics: { render: renderIcs, extension: 'ics', mimeType: 'text/calendar; charset=utf-8' },
};

/** The report in one format. `csv` is the deadlines; `requirements-csv` the requirements. */
export function renderReport(report: Report, format: ReportFormat): RenderedReport {
  const { render, extension, mimeType } = RENDERERS[format];
  return { text: render(report), extension, mimeType };
}
