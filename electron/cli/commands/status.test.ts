import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { FIXTURES, fixtureDocument } from '../../db/testing';
import { evaluate } from '../../../shared/rules/evaluate';
import { cliRunner } from './workspace-cli.testing';
import { MPP_2009 } from '../../../shared/rules/mpp2009';

const fixture = join(FIXTURES, 'workspace-two-memberships.json');
const AS_OF = '2009-08-15';

async function workspace() {
  const cli = cliRunner();
  expect((await cli.run('import', fixture, '--db', 'ws.sqlite3')).code).toBe(0);
  return cli;
}

describe('reenroll status', () => {
  it('prints its JSON compact to a pipe or file, indented with --pretty', async () => {
    const { run } = await workspace();
    const args = ['status', '--db', 'ws.sqlite3', '--as-of', AS_OF, '--format', 'json'];
    const compact = await run(...args);
    const pretty = await run(...args, '--pretty');
    expect(pretty.code).toBe(0);
    const value = JSON.parse(compact.stdout);
    expect(compact.stdout).toBe(`${JSON.stringify(value)}\n`);
    expect(pretty.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('prints the §8 JSON, one object per membership, agreeing with evaluate', async () => {
    const { run } = await workspace();
    const result = await run('status', '--db', 'ws.sqlite3', '--as-of', AS_OF, '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ ruleset: 'mpp-2009', asOf: AS_OF });
    const document = fixtureDocument();
    const evaluation = evaluate(document.memberships, { asOf: AS_OF, ruleset: MPP_2009 });
    expect(json.memberships).toHaveLength(document.memberships.length);
    json.memberships.forEach((m: Record<string, unknown>, i: number) => {
      const source = document.memberships[i]!;
      const evaluated = evaluation.memberships[i]!;
      expect(Object.keys(m)).toEqual([
        'id',
        'organization',
        'location',
        'partnerId',
        'level',
        'targetLevel',
        'window',
        'ready',
        'qualifies',
        'blockingGaps',
        'nextDeadline',
      ]);
      expect(m).toMatchObject({
        id: source.id,
        organization: source.organization.name,
        location: source.organization.location,
        window: evaluated.window,
        ready: evaluated.ready,
        qualifies: evaluated.qualifies,
      });
    });
  });

  it('prints one CSV row per membership under a header', async () => {
    const { run } = await workspace();
    const result = await run('status', '--db', 'ws.sqlite3', '--as-of', AS_OF, '--format', 'csv');
    expect(result.code).toBe(0);
    // UTF-8 with a byte-order mark, as every CSV the app writes, so spreadsheets read accents right.
    expect(result.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(result.stdout, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Organization'])).toEqual(
      fixtureDocument().memberships.map((m) => m.organization.name),
    );
    expect(rows[0]).toMatchObject({
      'Membership ID': 'm-1',
      Location: 'Seattle',
      Window: 'open',
      'Days left': '46',
    });
  });

  it('prints a text table with the counts by default', async () => {
    const { run } = await workspace();
    const result = await run('status', '--db', 'ws.sqlite3', '--as-of', AS_OF);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Workspace status as of 15 Aug 2009: 2 memberships; \d+ in (their|its) window/,
    );
    // Level names, human dates and the deadline built from its fields: no ids, no ISO dates.
    expect(result.stdout).toMatch(/Fabrikam Ltd\s+Seattle\s+Gold → Gold\s+Open, 46 days left/);
    expect(result.stdout).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(result.stdout).not.toMatch(/\bgold\b/);
  });

  it.each([
    [['--as-of', '2009-02-30'], /--as-of: Expected a date YYYY-MM-DD/],
    [['--format', 'xml'], /--format: Expected text, json or csv/],
    [['--colour'], /--colour/],
    [['extra'], /extra/],
  ])('exits 2 naming the option for %j', async (extra, message) => {
    const { run } = await workspace();
    const result = await run('status', '--db', 'ws.sqlite3', ...extra);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 without --db, or when the database does not exist', async () => {
    const { run } = cliRunner();
    expect(await run('status')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/--db PATH is required/),
    });
    expect(await run('status', '--db', 'none.sqlite3')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--db: no workspace database at .*none\.sqlite3/),
    });
  });
});
