import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureDocument } from '../../db/testing';
import { cliRunner } from './workspace-cli.testing';

const fixture = join(FIXTURES, 'workspace-two-memberships.json');

describe('reenroll export', () => {
  it('prints the workspace as an interchange document equal to what was imported', async () => {
    const { run } = cliRunner();
    await run('import', fixture, '--db', 'ws.sqlite3');
    const result = await run('export', '--db', 'ws.sqlite3');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual(fixtureDocument());
  });

  it('writes --out, and export → import → export gives the identical file', async () => {
    const { cwd, run } = cliRunner();
    await run('import', fixture, '--db', 'a.sqlite3');
    expect((await run('export', '--db', 'a.sqlite3', '--out', 'a.json')).stdout).toMatch(
      /exported 2 memberships/,
    );
    await run('import', 'a.json', '--db', 'b.sqlite3');
    await run('export', '--db', 'b.sqlite3', '--out', 'b.json');
    expect(readFileSync(join(cwd, 'b.json'), 'utf8')).toBe(readFileSync(join(cwd, 'a.json'), 'utf8'));
  });

  it('refuses a missing database instead of creating one', async () => {
    const { run } = cliRunner();
    const result = await run('export', '--db', 'nothing.sqlite3');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no workspace database at .*nothing\.sqlite3/);
  });
});
