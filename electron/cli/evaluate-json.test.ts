// `reenroll evaluate --format json` on a large file: the bytes written must be exactly
// JSON.stringify(toEvaluationJson(evaluation)) (indented by 2 or compact) and a newline, however
// they were made.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseInterchange, toInterchange } from '../../shared/interchange/parse';
import { describeProblems } from '../../shared/validation';
import { evaluate, toEvaluationJson } from '../../shared/rules/evaluate';
import { MPP_2009 } from '../../shared/rules/mpp2009';
import { syntheticDocument } from '../../test/bench/synthetic';
import { COMPILE_WORTH_BYTES } from '../validation/compiled';
import { printEvaluationJson } from './evaluate-json';
import type { CliIo } from './io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'reenroll-evaluate-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const AS_OF = '2009-08-15';

/**
 * A document large enough for the compiled validation, the escaped read and a compact output of
 * more than one chunk, with non-ASCII text.
 */
const document = toInterchange(
  syntheticDocument({
    memberships: 12,
    mcpsPerMembership: 320,
    referencesPerMembership: 8,
    surveysPerMembership: 2,
    seed: 7,
  }).memberships.map((m, i) => ({
    ...m,
    organization: { ...m.organization, name: `Société ${i} — São Paulo 🎉` },
  })),
);
const text = JSON.stringify(document);
const file = join(dir, 'large.json');
writeFileSync(file, text);

function expected(indent: boolean): Buffer {
  const parsed = parseInterchange(JSON.parse(text));
  if (!parsed.ok) throw new Error('the test document is invalid');
  const evaluation = evaluate(parsed.value.memberships, { asOf: AS_OF, ruleset: MPP_2009 });
  const json = JSON.stringify(toEvaluationJson(evaluation), null, indent ? 2 : undefined);
  return Buffer.from(`${json}\n`, 'utf8');
}

/** Runs the JSON printer in-process with an io that takes bytes, as the process's does. */
async function printed(name: string, indent = false) {
  const chunks: Buffer[] = [];
  let stderr = '';
  const io: CliIo = {
    stdout: () => {
      throw new Error('the JSON goes out as bytes');
    },
    stdoutBytes: (bytes) => {
      chunks.push(Buffer.from(bytes));
      return true;
    },
    stderr: (t) => (stderr += t),
    stdoutIsTty: false,
    now: () => new Date(2009, 7, 15),
    cwd: dir,
  };
  const job = { file: name, cwd: dir, asOf: AS_OF, ruleset: MPP_2009, indent };
  const code = await printEvaluationJson(job, io);
  return { code, bytes: Buffer.concat(chunks), chunks, stderr };
}

describe('printEvaluationJson', () => {
  it.each([true, false])(
    'writes the bytes of JSON.stringify of the whole evaluation, in chunks (indented: %s)',
    async (indent) => {
      expect(text.length).toBeGreaterThan(COMPILE_WORTH_BYTES);
      const { code, bytes, chunks, stderr } = await printed('large.json', indent);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(bytes.equals(expected(indent))).toBe(true);
      expect(chunks.length).toBeGreaterThan(1);
    },
  );

  it('reports a large file the schema refuses as the schema does, with nothing printed', async () => {
    const broken = structuredClone(document) as unknown as {
      memberships: {
        organization: { name: string };
        professionals: { certifications: { earnedOn: string }[] }[];
      }[];
    };
    broken.memberships[3]!.organization.name = '   ';
    broken.memberships[5]!.professionals[2]!.certifications[0]!.earnedOn = '2009-02-30';
    const brokenText = JSON.stringify(broken);
    writeFileSync(join(dir, 'invalid.json'), brokenText);
    const { code, bytes, stderr } = await printed('invalid.json');
    expect(code).toBe(2);
    expect(bytes.length).toBe(0);
    const expectedProblems = parseInterchange(JSON.parse(brokenText));
    if (expectedProblems.ok) throw new Error('the broken document should be invalid');
    expect(stderr).toBe(`${describeProblems(expectedProblems.problems)}\n`);
    expect(stderr).toContain('memberships[5].professionals[2].certifications[0].earnedOn');
  });

  it('reports invalid JSON at its position in the file, not in the escaped text', async () => {
    const broken = `${text.slice(0, text.length - 200)}ã,,`;
    writeFileSync(join(dir, 'broken.json'), broken);
    const { code, bytes, stderr } = await printed('broken.json');
    expect(code).toBe(2);
    expect(bytes.length).toBe(0);
    let message = '';
    try {
      JSON.parse(broken);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(stderr).toBe(`(file): The file is not valid JSON: ${message}\n`);
  });
});

describe('reenroll evaluate as a process, its reader gone', () => {
  it('stops quietly with exit code 0 when the reader closes the pipe (| head)', async () => {
    const child = spawn(
      process.execPath,
      [join(root, 'bin', 'reenroll.mjs'), 'evaluate', file, '--as-of', AS_OF],
      {
        env: { ...process.env, REENROLL_FROM_SOURCE: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (data) => (stderr += data));
    let read = 0;
    child.stdout.once('data', (data: Buffer) => {
      read = data.length;
      child.stdout.destroy();
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(expected(false).length);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
