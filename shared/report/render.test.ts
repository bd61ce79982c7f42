import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileReport, sampleReport } from '../../test/fixtures/report/reports';
import { renderJson } from './json';
import { REPORT_FORMATS, renderReport } from './render';

describe('renderJson', () => {
  it('is the model itself, tagged with its format and version', () => {
    const report = sampleReport();
    const parsed = JSON.parse(renderJson(report)) as Record<string, unknown>;
    expect(parsed).toEqual({ format: 'partner-reenrollment-report', version: 1, ...report });
  });

  it.each(HOSTILE_STRINGS)('round-trips %j exactly', (hostile) => {
    const report = hostileReport(hostile);
    const parsed = JSON.parse(renderJson(report)) as { memberships: { organization: { name: string } }[] };
    expect(parsed.memberships[0]?.organization.name).toBe(hostile);
  });
});

describe('renderReport', () => {
  it('names the extension and MIME type of every format', () => {
    const report = sampleReport();
    const summary = REPORT_FORMATS.map((format) => {
      const { extension, mimeType, text } = renderReport(report, format);
      return [format, extension, mimeType.split(';')[0], text.length > 0];
    });
    expect(summary).toEqual([
      ['html', 'html', 'text/html', true],
      ['md', 'md', 'text/markdown', true],
      ['json', 'json', 'application/json', true],
      ['csv', 'csv', 'text/csv', true],
      ['requirements-csv', 'csv', 'text/csv', true],
      ['ics', 'ics', 'text/calendar', true],
    ]);
    expect(renderReport(report, 'csv').text).toMatch(/^\uFEFFOrganization,Location,Membership ID,Subject,/);
    expect(renderReport(report, 'requirements-csv').text).toMatch(
      /^\uFEFFOrganization,Location,Membership ID,Requirement ID,/,
    );
  });
});
