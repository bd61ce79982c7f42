/**
 * A large sheet import killed with SIGKILL part-way is there entirely or not at all: the CLI
 * writes the plan in one transaction after its backup.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { integrityOf } from '../db/backups';
import { insertMembership } from '../db/membership-write';
import { openWorkspace } from '../db/open';
import { tempDir } from '../db/testing';

const root = join(import.meta.dirname, '..', '..');
const dir = tempDir('reenroll-sheet-crash-');
const bundle = join(root, 'node_modules', '.cache', 'reenroll-sheet-crash', 'sheet-cli.mjs');
const file = join(dir, 'ws.sqlite3');
const ROWS = 20_000;

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'test', 'crash', 'sheet-cli.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  const db = openWorkspace(file, { backupDir: join(dir, 'backups') });
  db.transaction(() => insertMembership(db, goldMembership(), 0))();
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sheet of ROWS new MCPs whose MCP IDs are unique to `round`. */
function sheet(round: number): string {
  const lines = ['Name,MCP ID,Certification,Earned on'];
  for (let i = 0; i < ROWS; i += 1)
    lines.push(`Person ${round}-${i},${round}${String(i).padStart(6, '0')},MCTS,2008-01-02`);
  const path = join(dir, `round-${round}.csv`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

/** Runs the CLI on a sheet; resolves `writing` when it starts writing, `exited` with its code. */
function importSheet(path: string) {
  const child = spawn(
    process.execPath,
    [bundle, 'import-sheet', path, '--db', file, '--membership', 'm-1', '--list', 'mcps'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  const writing = new Promise<number>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('writing ')) resolve(performance.now());
    });
    child.on('close', () => reject(new Error(`exited before writing: ${stderr}`)));
  });
  writing.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { writing, exited, kill: () => child.kill('SIGKILL') };
}

function professionals(): number {
  const db = openWorkspace(file, { backupDir: join(dir, 'backups') });
  try {
    expect(integrityOf(db)).toEqual({ ok: true, detail: 'ok' });
    return db
      .prepare("SELECT count(*) FROM professionals WHERE membership_id = 'm-1'")
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

describe('import-sheet under SIGKILL', () => {
  it('keeps a 20,000-row import all or nothing', async () => {
    const first = importSheet(sheet(1));
    const began = await first.writing;
    expect(await first.exited).toBe(0);
    const duration = performance.now() - began;
    let expected = professionals();
    expect(expected).toBe(2 + ROWS);

    const outcomes = { none: 0, all: 0 };
    for (let round = 2; round < 6; round += 1) {
      const child = importSheet(sheet(round));
      await child.writing;
      await new Promise((resolve) => setTimeout(resolve, (((round * 37) % 100) / 100) * duration * 0.9));
      child.kill();
      const code = await child.exited;
      const after = professionals();
      expect([expected, expected + ROWS], `round ${round}`).toContain(after);
      if (code === 0) expect(after).toBe(expected + ROWS);
      outcomes[after === expected ? 'none' : 'all'] += 1;
      expected = after;
    }
    expect(outcomes.none, 'no kill landed inside an import').toBeGreaterThan(0);
  }, 120_000);
});
