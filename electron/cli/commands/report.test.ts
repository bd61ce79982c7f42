import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import type { CliIo } from '../io';

const root = resolve(import.meta.dirname, '../../..');
const WORKSPACE = join(root, 'test/fixtures/report/workspace.json');
/** 2009-08-15 at 10:00 local time. */
const NOW = new Date(2009, 7, 15, 10, 0, 0);

async function run(args: readonly string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTty: false,
    now: () => NOW,
    cwd,
  };
  const code = await runCli(['report', ...args], io);
  return { code, stdout, stderr };
}

describe('reenroll report', () => {
  it('writes the HTML report of every membership to stdout', async () => {
    const { code, stdout, stderr } = await run([WORKSPACE, '--format', 'html', '--as-of', '2009-08-15']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('Fabrikam Ltd — Seattle');
    expect(stdout).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;) &lt;script&gt;');
    expect(stdout).not.toContain('<script>');
  });

  it('takes asOf from local today and the generation time from the clock by default', async () => {
    const { code, stdout } = await run([WORKSPACE, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      format: string;
      stamp: Record<string, unknown>;
      memberships: unknown[];
    };
    expect(report.format).toBe('partner-reenrollment-report');
    expect(report.stamp).toEqual({
      ruleset: 'mpp-2009',
      asOf: '2009-08-15',
      generatedAt: NOW.toISOString(),
      preparer: 'Lee Chen, @SUM(A1) "><img src=x onerror=alert(1)>',
    });
    expect(report.memberships).toHaveLength(2);
  });

  it('gives the deadlines CSV for --format csv, and the requirements with --csv requirements', async () => {
    const deadlines = await run([WORKSPACE, '--format', 'csv', '--as-of', '2009-08-15']);
    const rows = parseCsv(deadlines.stdout) as string[][];
    expect(rows[0]?.slice(3)).toEqual(['Subject', 'Kind', 'Date', 'Days left', 'Status', 'Endangers']);
    expect(rows.find((row) => row[3] === 'Sam Lee — MCITP')?.slice(4, 8)).toEqual([
      'Newer exam required',
      '2009-09-01',
      '17',
      'Before expiry',
    ]);
    expect(rows.filter((row) => row[2] === 'm-2').every((row) => row[0]?.startsWith("'=HYPERLINK"))).toBe(
      true,
    );

    const requirements = await run([
      WORKSPACE,
      '--format',
      'csv',
      '--csv',
      'requirements',
      '--as-of',
      '2009-08-15',
    ]);
    const table = parseCsv(requirements.stdout) as string[][];
    expect(table[0]?.[3]).toBe('Requirement ID');
    expect(table.filter((row) => row[3] === 'gold.points')).toHaveLength(2);
  });

  it('gives an ICS of the deadlines that an independent parser reads', async () => {
    const { code, stdout } = await run([WORKSPACE, '--format', 'ics', '--as-of', '2009-08-15']);
    expect(code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent');
    const csv = await run([WORKSPACE, '--format', 'csv', '--as-of', '2009-08-15']);
    expect(events).toHaveLength((parseCsv(csv.stdout) as string[][]).length - 1);
    expect(stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes to --out instead of stdout, relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const { code, stdout, stderr } = await run([WORKSPACE, '--format', 'md', '--out', 'report.md'], dir);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Re-enrollment readiness report/);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('exits 2 with the JSON path of each problem and nothing on stdout for an invalid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const document = JSON.parse(readFileSync(WORKSPACE, 'utf8')) as {
      memberships: Record<string, unknown>[];
    };
    document.memberships[0] = {
      ...document.memberships[0],
      colour: 'blue',
      enrollment: { expiresOn: '2009-02-30' },
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(document));
    const { code, stdout, stderr } = await run(['bad.json', '--format', 'html', '--out', 'never.html'], dir);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('memberships[0].colour: Unknown field');
    expect(stderr).toContain('memberships[0].enrollment.expiresOn: Expected a date YYYY-MM-DD');
    expect(readdirSync(dir)).toEqual(['bad.json']);
  });

  it.each([
    [[WORKSPACE], '--format is required'],
    [[WORKSPACE, '--format', 'pdf'], '--format: Expected one of html, md, json, csv, ics'],
    [[WORKSPACE, '--format', 'csv', '--csv', 'points'], '--csv: Expected one of deadlines, requirements'],
    [[WORKSPACE, '--format', 'html', '--csv', 'deadlines'], '--csv: only with --format csv'],
    [[WORKSPACE, '--format', 'html', '--as-of', '2009-13-01'], '--as-of: Expected a date YYYY-MM-DD'],
    [['--format', 'html'], 'expected one FILE'],
    [['missing.json', '--format', 'html'], 'missing.json: cannot read: no such file'],
  ])('exits 2 for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });
});
