/**
 * No file under renderer/ imports a ruleset or writes one of its thresholds: every number a
 * screen shows comes from the evaluation (shared/rules/README.md, "Rulesets are data"). The
 * scanner is tested first on samples, so a scanner that finds nothing cannot pass for a clean
 * renderer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import { scanSource, withoutComments } from './ruleset-literals';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer');

/** Shipped renderer sources; tests may name the ruleset they test against. */
function rendererSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return rendererSources(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the ruleset-literal scanner', () => {
  it.each([
    ["import { MPP_2009 } from '../../../shared/rules/mpp2009';", 'a built-in ruleset imported'],
    ["import data from '../../shared/rules/rulesets/mpp-2009.json';", 'a built-in ruleset imported'],
    ['<p>When 90 days or fewer are left</p>', '90 days'],
    ["title: 'Earn 120 Partner Points',", '120 points'],
    ['{points.total} of 120', 'of 120'],
    ["hint: '70 % or more passes'", '70 %'],
    ['`at most eight from one customer organization`', '8 per customer'],
    ['up to 8 responses can come from the same customer', 'up to 8'],
    ["'Gold: two MCPs or one certified tested solution'", '2 MCPs'],
    ["'10 or more responses'", '10 responses'],
    ["'suspended until late 2009'", '2009 in words'],
    ["'Partners who re-enroll after October 2009'", '2009 in words'],
    ["'required from 1 Nov 2009'", '1 Nov 2009'],
    ['`request it 30 days ahead`', '30 days'],
    ["'You earn 30 points with each competency, and 20 bonus points'", '30 points'],
    ["'ruleset mpp-2009'", 'the ruleset id'],
  ])('finds %s', (line, why) => {
    expect(scanSource(line, MPP_2009).map((f) => f.why)).toContain(why);
  });

  it.each([
    '`Earn ${rules.points[level]} Partner Points`',
    'const SHOWN = 50;',
    '// Gold needs 120 points (a comment)',
    '/* 90 days before expiry */ const x = 1;',
    "const url = 'https://example.test/90'; // 90 days",
    "import { evaluateMembership } from '../../../shared/rules/evaluate';",
    '`${csat.responsesRequired} or more responses`',
  ])('passes %s', (line) => {
    expect(scanSource(line, MPP_2009)).toEqual([]);
  });

  it('blanks comments but keeps strings that look like them, and line numbers', () => {
    const source = "const a = '// not a comment'; // a comment\n/* two\nlines */ const b = `/* kept */`;";
    const stripped = withoutComments(source);
    expect(stripped).toContain("'// not a comment'");
    expect(stripped).toContain('`/* kept */`');
    expect(stripped).not.toContain('a comment\n');
    expect(stripped.split('\n')).toHaveLength(3);
    expect(scanSource("const a = 1;\nconst b = 'Earn 120 Partner Points';", MPP_2009)[0]?.line).toBe(2);
  });
});

describe('renderer/', () => {
  it('has sources to scan', () => {
    expect(rendererSources(RENDERER).length).toBeGreaterThan(50);
  });

  it('imports no ruleset and writes none of its numbers', () => {
    const findings = rendererSources(RENDERER).flatMap((file) =>
      scanSource(readFileSync(file, 'utf8'), MPP_2009).map(
        (f) => `${relative(ROOT, file)}:${f.line} (${f.why}): ${f.text}`,
      ),
    );
    expect(findings).toEqual([]);
  });
});
