/**
 * `--ruleset FILE` on evaluate, report and status: the test ruleset's numbers reach every
 * output, mpp-2009's never do, and a bad document exits 2 naming each field.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInterchangeText } from '../../../shared/interchange/parse';
import { evaluate, toEvaluationJson } from '../../../shared/rules/evaluate';
import { MPP_2009 } from '../../../shared/rules/mpp2009';
import { parseRuleset } from '../../../shared/rules/ruleset-schema';
import type { Ruleset } from '../../../shared/rules/ruleset';
import { FIXTURES } from '../../db/testing';
import { cliRunner } from './workspace-cli.testing';

const ROOT = join(FIXTURES, '..', '..');
const SAMPLE = join(ROOT, 'examples', 'fabrikam.json');
const RULESET_FILE = join(FIXTURES, 'rulesets', 'test-2011.json');
const AS_OF = '2009-08-15';

function testRuleset(): Ruleset {
  const parsed = parseRuleset(JSON.parse(readFileSync(RULESET_FILE, 'utf8')));
  if (!parsed.ok) throw new Error('the test ruleset is not valid');
  return parsed.value;
}

/** mpp-2009's numbers as people would read them, none of which the test ruleset shares. */
const MPP_TEXT = [
  new RegExp(`\\b${MPP_2009.points.gold}\\b`),
  new RegExp(`\\b${MPP_2009.windowDays}[ -]days?\\b`),
  new RegExp(`Gold: ${MPP_2009.points.gold} partner points`),
  new RegExp(`Certified: ${MPP_2009.points.certified} partner points`),
  new RegExp(`\\b${MPP_2009.maps.passPercent} %`),
];

async function withSample() {
  const cli = cliRunner();
  copyFileSync(RULESET_FILE, join(cli.cwd, 'test-2011.json'));
  copyFileSync(SAMPLE, join(cli.cwd, 'sample.json'));
  return cli;
}

describe('--ruleset FILE', () => {
  it('evaluate prints the evaluation under that ruleset, with its numbers', async () => {
    const { run } = await withSample();
    const result = await run('evaluate', 'sample.json', '--as-of', AS_OF, '--ruleset', 'test-2011.json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout);
    const ruleset = testRuleset();
    const parsed = parseInterchangeText(readFileSync(SAMPLE, 'utf8'));
    if (!parsed.ok) throw new Error('the sample is not valid');
    expect(json).toEqual(toEvaluationJson(evaluate(parsed.value.memberships, { asOf: AS_OF, ruleset })));
    expect(json.ruleset).toBe(ruleset.id);
    expect(json.rules.points).toEqual(ruleset.points);
    const gold = json.memberships[0].requirements.find((r: { id: string }) => r.id === 'gold.points');
    expect(gold).toMatchObject({
      required: ruleset.points.gold,
      title: ruleset.requirements['gold.points'].title,
    });
    // The window opens the ruleset's windowDays before expiry.
    const { opensOn, expiresOn } = json.memberships[0].window;
    expect((Date.parse(expiresOn) - Date.parse(opensOn)) / 86_400_000).toBe(ruleset.windowDays);
  });

  it('evaluate --format text and report show the test numbers and none of mpp-2009', async () => {
    const { run } = await withSample();
    const ruleset = testRuleset();
    const text = await run(
      'evaluate',
      'sample.json',
      '--as-of',
      AS_OF,
      '--format',
      'text',
      '--ruleset',
      'test-2011.json',
    );
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`points, ${ruleset.points.gold} needed)`);
    expect(text.stdout).toContain(ruleset.requirements['certified.points'].title);
    for (const format of ['md', 'html']) {
      const report = await run(
        'report',
        'sample.json',
        '--format',
        format,
        '--as-of',
        AS_OF,
        '--ruleset',
        'test-2011.json',
      );
      expect(report).toMatchObject({ code: 0, stderr: '' });
      expect(report.stdout).toContain(ruleset.requirements['gold.points'].title);
      for (const output of [text.stdout, report.stdout]) {
        for (const re of MPP_TEXT) expect(output, `${format}: ${re}`).not.toMatch(re);
      }
    }
  });

  it('status names the ruleset and computes windows with its window length', async () => {
    const { run } = await withSample();
    const ruleset = testRuleset();
    expect((await run('import', 'sample.json', '--db', 'ws.sqlite3')).code).toBe(0);
    const args = ['status', '--db', 'ws.sqlite3', '--as-of', AS_OF, '--format', 'json'];
    const json = JSON.parse((await run(...args, '--ruleset', 'test-2011.json')).stdout);
    const builtIn = JSON.parse((await run(...args)).stdout);
    expect(json.ruleset).toBe(ruleset.id);
    expect(builtIn.ruleset).toBe(MPP_2009.id);
    json.memberships.forEach((m: { window: { opensOn: string; expiresOn: string } }) => {
      expect((Date.parse(m.window.expiresOn) - Date.parse(m.window.opensOn)) / 86_400_000).toBe(
        ruleset.windowDays,
      );
    });
  });

  it('refuses a bad document with exit 2, one line per problem naming its path, and nothing on stdout', async () => {
    const { cwd, run } = await withSample();
    const doc = JSON.parse(readFileSync(RULESET_FILE, 'utf8'));
    doc.points.certified = 'forty';
    delete doc.csat.maxPerCustomer;
    writeFileSync(join(cwd, 'bad.json'), JSON.stringify(doc));
    for (const command of [
      ['evaluate', 'sample.json'],
      ['report', 'sample.json', '--format', 'md'],
      ['status', '--db', 'none.sqlite3'],
    ]) {
      const result = await run(...command, '--ruleset', 'bad.json');
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('points.certified: Expected a number');
      expect(result.stderr).toContain('csat.maxPerCustomer: Expected a number');
    }
    const missing = await run('evaluate', 'sample.json', '--ruleset', 'nope.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--ruleset: cannot read nope.json: no such file');
  });
});
