import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInterchangeText } from '../../../shared/interchange/parse';
import { evaluate, toEvaluationJson } from '../../../shared/rules/evaluate';
import type { CliIo } from '../io';
import { runCli } from '../main';
import { MPP_2009 } from '../../../shared/rules/mpp2009';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const samplePath = join(root, 'examples', 'fabrikam.json');
const sampleText = readFileSync(samplePath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'reenroll-evaluate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process with a fake terminal; late in the evening of 2009-08-15, local time. */
async function run(args: string[], options: { tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    stdoutIsTty: options.tty ?? false,
    now: () => new Date(2009, 7, 15, 23, 30),
    cwd: dir,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

function writeDoc(name: string, content: unknown): string {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const sample = JSON.parse(sampleText);
const withFirst = (change: (m: Record<string, unknown>) => void) => {
  const doc = structuredClone(sample);
  change(doc.memberships[0]);
  return doc;
};

describe('reenroll evaluate', () => {
  const expectedJson = () => {
    const parsed = parseInterchangeText(sampleText);
    if (!parsed.ok) throw new Error('sample invalid');
    return toEvaluationJson(evaluate(parsed.value.memberships, { asOf: '2009-08-15', ruleset: MPP_2009 }));
  };

  it('prints the §4 JSON compact to a pipe or file, and exits 0 whatever the readiness', async () => {
    const { code, stdout, stderr } = await run(['evaluate', samplePath, '--as-of', '2009-08-15']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(`${JSON.stringify(expectedJson())}\n`);
    expect(JSON.parse(stdout).memberships.map((m: { ready: boolean }) => m.ready)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('indents the JSON on a terminal, or anywhere with --pretty', async () => {
    const pretty = `${JSON.stringify(expectedJson(), null, 2)}\n`;
    const onTerminal = await run(['evaluate', samplePath, '--as-of', '2009-08-15'], { tty: true });
    expect(onTerminal.stdout).toBe(pretty);
    const asked = await run(['evaluate', samplePath, '--as-of', '2009-08-15', '--pretty']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toBe(pretty);
  });

  it('defaults asOf to the local date of io.now()', async () => {
    const { code, stdout } = await run(['evaluate', samplePath]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).asOf).toBe('2009-08-15');
  });

  it('reads a relative path from the working directory', async () => {
    const name = writeDoc('relative.json', sampleText);
    const { code } = await run(['evaluate', name, '--as-of=2009-08-15']);
    expect(code).toBe(0);
  });

  it('accepts a file saved with a UTF-8 byte-order mark', async () => {
    const name = writeDoc('bom.json', `\ufeff${sampleText}`);
    const { code, stderr } = await run(['evaluate', name, '--as-of', '2009-08-15']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints a text summary, coloured only on a terminal', async () => {
    const plain = await run(['evaluate', samplePath, '--as-of', '2009-08-15', '--format', 'text']);
    expect(plain.code).toBe(0);
    // People read the organization and location; the membership id is for --format json.
    expect(plain.stdout).toContain('\nFabrikam Ltd (Dublin)\n');
    expect(plain.stdout).not.toContain('m-dublin');
    expect(plain.stdout).toContain('Ruleset mpp-2009, as of 15 Aug 2009');
    expect(plain.stdout).toContain('(1 MCP current through expiry, 2 needed)');
    expect(plain.stdout).toContain('Window:     open, 77 days left');
    // Titles, status words and dates for people; ids and ISO dates are for --format json.
    expect(plain.stdout).toContain('At risk  Gold: MCPs stay certified through expiry');
    expect(plain.stdout).toContain(
      '30 Sep 2009  Before expiry Newer exam required: Sean Murphy — MCSE: Security',
    );
    expect(plain.stdout).not.toContain('gold.mcp-exams');
    expect(plain.stdout).toContain('Fallback:');
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await run(['evaluate', samplePath, '--as-of', '2009-08-15', '--format', 'text'], {
      tty: true,
    });
    expect(tty.stdout).toContain('\u001b[32mMet');
  });

  it('keeps control characters in user text off the terminal', async () => {
    const name = writeDoc(
      'escape.json',
      withFirst((m) => ((m.organization as Record<string, unknown>).name = 'Evil\u001b[31m Ltd')),
    );
    const { stdout } = await run(['evaluate', name, '--as-of', '2009-08-15', '--format', 'text'], {
      tty: false,
    });
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain('Evil\ufffd[31m Ltd');
  });

  const invalid: [string, unknown, string][] = [
    ['truncated JSON', sampleText.slice(0, 200), '(file): The file is not valid JSON'],
    ['an unknown field', withFirst((m) => (m.colour = 'blue')), 'memberships[0].colour: Unknown field'],
    [
      'an impossible date',
      withFirst((m) => ((m.enrollment as Record<string, unknown>).expiresOn = '2009-02-30')),
      'memberships[0].enrollment.expiresOn: Expected a date YYYY-MM-DD',
    ],
    [
      'a negative count',
      withFirst(
        (m) => ((m.csatSurveys as { responses: { count: number }[] }[])[0]!.responses[1]!.count = -1),
      ),
      'memberships[0].csatSurveys[0].responses[1].count: The number of responses cannot be negative',
    ],
    [
      'a wrong format tag',
      { ...sample, format: 'partner-enrollment' },
      'format: Expected "partner-reenrollment"',
    ],
  ];
  it.each(invalid)(
    'exits 2 on %s, naming the field on stderr, with nothing on stdout',
    async (what, content, message) => {
      const name = writeDoc(`${what.replace(/\W+/g, '-')}.json`, content);
      const { code, stdout, stderr } = await run(['evaluate', name, '--as-of', '2009-08-15']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    },
  );

  it.each([
    [['evaluate', samplePath, '--as-of', '2009-02-30'], '--as-of: Expected a date YYYY-MM-DD'],
    [['evaluate', samplePath, '--as-of', 'tomorrow'], '--as-of: Expected a date YYYY-MM-DD'],
    [['evaluate', samplePath, '--as-of'], '--as-of needs a value'],
    [['evaluate', samplePath, '--format', 'xml'], '--format: Expected json or text'],
    [['evaluate', samplePath, '--verbose'], 'unknown option --verbose'],
    [['evaluate'], 'expected one FILE'],
    [['evaluate', 'missing.json'], 'missing.json: cannot read: no such file'],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('reenroll evaluate as a process', () => {
  const spawn = (args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin', 'reenroll.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, REENROLL_FROM_SOURCE: '1' },
    });

  it('exits 0 with JSON on stdout for a valid file', () => {
    const result = spawn(['evaluate', samplePath, '--as-of', '2009-08-15']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).ruleset).toBe('mpp-2009');
  });

  it('exits 2 with the path on stderr and nothing on stdout for an invalid file', () => {
    const name = writeDoc(
      'spawn-invalid.json',
      withFirst((m) => (m.level = 'platinum')),
    );
    const result = spawn(['evaluate', name]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('memberships[0].level: Expected one of registered, certified, gold');
  });
});
