import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileReport, sampleReport } from '../../test/fixtures/report/reports';
import { escapeMarkdown } from './markdown-escape';
import { renderMarkdown } from './markdown';

/** Undoes escapeMarkdown the way a CommonMark renderer reads it: backslash escapes and entities. */
function unescape(text: string): string {
  return text
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Pipes that separate cells: not escaped with a backslash. */
const cellSeparators = (line: string) => line.replace(/\\./g, '').split('|').length - 1;

describe('renderMarkdown', () => {
  it('has the headings and tables of every section for the sample', () => {
    const text = renderMarkdown(sampleReport());
    expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Re-enrollment readiness report',
      '## Fabrikam Ltd — Seattle',
      '### Points',
      '### Requirements',
      '### What is missing',
      '### Deadlines',
      '### MCP roster',
      '### Customer references',
      '### Customer Satisfaction Index',
    ]);
    expect(text).toContain('| May re-enroll | No. Only Dana Smith');
    expect(text).toContain('| 1 Sep 2009 | in 17 days | Newer exam required | Sam Lee — MCITP | Soon |');
    expect(text).toContain('| Contoso | Accepted | 5 Jan 2009 | 20 Jan 2009 | 10 Sep 2009 |');
    expect(text).toContain('Contoso: 8 of 9; Tailspin: 3 of 3 | 12 | 11 |');
    expect(text).toContain('**Fallback: Certified Partner.**');
  });

  it('writes its own dates as people read them, and no requirement id', () => {
    const report = sampleReport();
    const text = renderMarkdown(report);
    for (const r of report.memberships[0]!.requirements) expect(text).not.toContain(r.id);
    for (const d of report.memberships[0]!.deadlines) expect(text).not.toContain(d.dueOn);
  });

  it.each(HOSTILE_STRINGS)('neutralizes %j in every field', (hostile) => {
    const text = renderMarkdown(hostileReport(hostile));
    // The report writes no HTML of its own, so any "<" would be raw HTML from user data.
    expect(text).not.toContain('<');
    // A user string can neither start a line (heading, list, table row) nor break a table row.
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(9);
    for (const [i, line] of lines.entries()) {
      if (line.startsWith('| ---')) {
        const columns = cellSeparators(line);
        for (let j = i - 1; j < lines.length && lines[j]!.startsWith('|'); j += 1) {
          expect(cellSeparators(lines[j]!)).toBe(columns);
        }
      }
    }
    const flattened = hostile.replace(/\r\n|[\r\n\t]/g, ' ');
    expect(unescape(text).split(flattened).length - 1).toBeGreaterThanOrEqual(15);
  });
});

describe('escapeMarkdown', () => {
  it('reads back as the same text with line breaks folded to spaces', () => {
    for (const hostile of HOSTILE_STRINGS) {
      expect(unescape(escapeMarkdown(hostile))).toBe(hostile.replace(/\r\n|[\r\n\t]/g, ' '));
    }
  });

  it('escapes emphasis, links, code, pipes and entities', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) `e` | f & <g>')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\| f &amp; &lt;g&gt;',
    );
  });

  it('leaves nothing a GFM autolink can start from: bare URLs, www., emails, HYPERLINK formulas', () => {
    const linky = [
      'https://evil.example/x',
      'see http://evil.example',
      'www.evil.example',
      'WWW.Evil.example',
      'ftp://files.example',
      'dana@fabrikam.example',
      'mailto:dana@fabrikam.example',
      '=HYPERLINK("http://evil.example","Click")',
    ];
    for (const text of linky) {
      const escaped = escapeMarkdown(text);
      // What GFM's autolink extension looks for, unescaped: '://', 'mailto:', 'www.', or an '@'.
      expect(escaped, text).not.toMatch(/(?<!\\)(:\/|@)|mailto:/i);
      expect(escaped, text).not.toMatch(/www\./i);
      expect(unescape(escaped)).toBe(text);
    }
  });
});
