import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileReport, sampleReport } from '../../test/fixtures/report/reports';
import { escapeHtml } from './html-escape';
import { renderHtml } from './html';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element the renderer itself writes; anything else came from data. */
const OWN_TAGS = new Set(
  'html head meta title style body header main footer section h1 h2 h3 p strong span br dl div dt dd table colgroup col caption thead tbody tr th td ol ul li svg desc rect line text circle'.split(
    ' ',
  ),
);

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const child of node.childNodes) elements(child, out);
  if ('content' in node) elements(node.content as Node, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('childNodes' in node) return node.childNodes.map(textOf).join('');
  return '';
}

/** The HTML parser turns CR and CRLF into LF; so does every browser. */
const normalized = (text: string) => text.replace(/\r\n?/g, '\n');

describe('renderHtml', () => {
  it('shows every part of the report for the sample', () => {
    const page = renderHtml(sampleReport());
    const text = textOf(parse(page)).replace(/\s+/g, ' ');
    for (const expected of [
      'Fabrikam Ltd — Seattle',
      'Gold Certified Partner',
      'Enrollment expires 30 Sep 2009 (in 46 days)',
      'May re-enroll No',
      'Only Dana Smith, the primary program contact',
      'Gold: 120 partner points',
      '60 more points: 2 more competencies (60).',
      'Fallback: Certified Partner.',
      'Not ready to re-enroll as Gold Certified Partner. The preparer may not re-enroll',
      'Sam Lee — MCITP',
      'MCITP: earned 1 Mar 2007, newer exam by 1 Sep 2009',
      '(60 points, 120 needed)',
      '1 Sep 2009in 17 daysNewer exam required',
      'Contoso: 8 of 9',
      'Ruleset mpp-2009 · as of 15 Aug 2009 · generated 15 Aug 2009, 09:30 UTC · prepared by Lee Chen',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('names requirements by title, never by id, and writes its own dates as people read them', () => {
    const report = sampleReport();
    const text = textOf(parse(renderHtml(report)));
    for (const r of report.memberships[0]!.requirements) expect(text).not.toContain(r.id);
    // The sample's details are fixture text; every date the report writes itself is human.
    for (const d of report.memberships[0]!.deadlines) expect(text).not.toContain(d.dueOn);
  });

  it('is accessible: one h1, headings per section, header cells with scope, titled charts', () => {
    const all = elements(parse(renderHtml(sampleReport())));
    expect(all.filter((e) => e.tagName === 'h1')).toHaveLength(1);
    expect(all.filter((e) => e.tagName === 'h3').map((e) => textOf(e))).toEqual([
      'Points',
      'Requirements',
      'What is missing',
      'Deadlines',
      'MCP roster',
      'Customer references',
      'Customer Satisfaction Index',
    ]);
    for (const th of all.filter((e) => e.tagName === 'th')) {
      expect(th.attrs.find((a) => a.name === 'scope')?.value).toBe('col');
    }
    const charts = all.filter((e) => e.tagName === 'svg');
    expect(charts).toHaveLength(2);
    for (const svg of charts) {
      expect(svg.attrs.find((a) => a.name === 'role')?.value).toBe('img');
      expect(svg.childNodes.some((c) => c.nodeName === 'title')).toBe(true);
    }
  });

  it('makes no external request: no scripts, links, sources or CSS urls', () => {
    const page = renderHtml(sampleReport());
    const all = elements(parse(page));
    expect(all.some((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed'].includes(e.tagName))).toBe(
      false,
    );
    expect(
      all.flatMap((e) => e.attrs.map((a) => a.name)).filter((n) => ['src', 'href', 'srcset'].includes(n)),
    ).toEqual([]);
    expect(page).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const csp = all.find((e) => e.attrs.some((a) => a.value === 'Content-Security-Policy'));
    expect(csp?.attrs.find((a) => a.name === 'content')?.value).toMatch(/^default-src 'none';/);
  });

  it.each(HOSTILE_STRINGS)('keeps %j as text in every field, never as markup', (hostile) => {
    const page = renderHtml(hostileReport(hostile));
    const all = elements(parse(page));
    expect(all.map((e) => e.tagName).filter((tag) => !OWN_TAGS.has(tag))).toEqual([]);
    for (const element of all) {
      expect(element.attrs.filter((a) => a.name.startsWith('on') || a.name === 'src')).toEqual([]);
    }
    // The string survives as text: once per field in the summary and tables, and in the title.
    const text = normalized(textOf(parse(page)));
    const occurrences = text.split(normalized(hostile)).length - 1;
    expect(occurrences).toBeGreaterThanOrEqual(20);
    expect(page).not.toContain(hostile.includes('<') ? hostile : '<script>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
