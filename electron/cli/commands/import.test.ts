import { closeSync, ftruncateSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, contentHash } from '../../db/testing';
import { cliRunner } from './workspace-cli.testing';
import { openWorkspace } from '../../db/open';
import { listBackups } from '../../db/backups';

const fixture = join(FIXTURES, 'workspace-two-memberships.json');

function hashOf(file: string, backupDir: string) {
  const db = openWorkspace(file, { backupDir });
  const hash = contentHash(db);
  db.close();
  return hash;
}

describe('reenroll import', () => {
  it('imports a file, printing what was added and the backup', async () => {
    const { cwd, run } = cliRunner();
    const result = await run('import', fixture, '--db', 'ws.sqlite3');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/added: 2 \(m-1, m-2\)\nreplaced: 0\nbackup: .*before-import/);
    expect(listBackups(join(cwd, 'backups'))).toHaveLength(1);
  });

  it('refuses conflicting ids by default, naming them, and replaces or renames on request', async () => {
    const { cwd, run } = cliRunner();
    await run('import', fixture, '--db', 'ws.sqlite3');
    const before = hashOf(join(cwd, 'ws.sqlite3'), join(cwd, 'backups'));
    const refused = await run('import', fixture, '--db', 'ws.sqlite3');
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/already has 2 memberships in this file: /);
    expect(refused.stderr).toMatch(/--on-conflict replace/);
    // The workspace's membership by its name; its id (m-1) is for scripts, not for people.
    expect(refused.stderr).toMatch(/^memberships\[0\]: "[^"]+" is "[^"]+" in the workspace \(same /m);
    expect(refused.stderr).not.toContain('m-1');
    expect(hashOf(join(cwd, 'ws.sqlite3'), join(cwd, 'backups'))).toBe(before);

    const replaced = await run('import', fixture, '--db', 'ws.sqlite3', '--on-conflict', 'replace');
    expect(replaced.stdout).toMatch(/added: 0\nreplaced: 2 \(m-1, m-2\)/);
    const renamed = await run('import', fixture, '--db', 'ws.sqlite3', '--on-conflict=new');
    expect(renamed.stdout).toMatch(
      /added: 2 \(m-\w+, m-\w+\)[\s\S]*renamed: m-1 -> m-\w+\nrenamed: m-2 -> m-\w+/,
    );
  });

  it('exits 2 with one line per problem naming the membership and path, and writes nothing', async () => {
    const { cwd, run } = cliRunner();
    const bad = JSON.parse(readFileSync(fixture, 'utf8'));
    bad.memberships[0].enrollment.expiresOn = '2009-02-30';
    bad.memberships[1].level = 'platinum';
    writeFileSync(join(cwd, 'bad.json'), JSON.stringify(bad));
    const result = await run('import', 'bad.json', '--db', 'ws.sqlite3');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const label = (m: { organization: { name: string; location: string | null } }) =>
      m.organization.location ? `${m.organization.name} — ${m.organization.location}` : m.organization.name;
    expect(result.stderr).toContain(
      `\n${label(bad.memberships[0])}, memberships[0].enrollment.expiresOn: Expected a date YYYY-MM-DD\n`,
    );
    expect(result.stderr).toContain(
      `\n${label(bad.memberships[1])}, memberships[1].level: Expected one of registered, certified, gold\n`,
    );
    expect(listBackups(join(cwd, 'backups'))).toEqual([]);
  });

  it('refuses truncated JSON with exit 2', async () => {
    const { cwd, run } = cliRunner();
    writeFileSync(join(cwd, 'cut.json'), readFileSync(fixture, 'utf8').slice(0, 300));
    const result = await run('import', 'cut.json', '--db', 'ws.sqlite3');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\(file\): The file is not valid JSON/m);
  });

  it('refuses a 100 MB file by its size, with the limit in the message', async () => {
    const { cwd, run } = cliRunner();
    const fd = openSync(join(cwd, 'huge.json'), 'w');
    ftruncateSync(fd, 100 * 1000 * 1000);
    closeSync(fd);
    const result = await run('import', 'huge.json', '--db', 'ws.sqlite3');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /huge\.json is 95\.4 MB; the largest file that can be imported is 80\.0 MB/,
    );
  });

  it('explains usage problems with exit 2', async () => {
    const { run } = cliRunner();
    expect((await run('import', fixture)).stderr).toMatch(/--db PATH is required/);
    expect((await run('import', '--db', 'x.sqlite3')).stderr).toMatch(/expected one FILE/);
    const policy = await run('import', fixture, '--db', 'x.sqlite3', '--on-conflict', 'merge');
    expect(policy).toMatchObject({ code: 2 });
    expect(policy.stderr).toMatch(/--on-conflict: Expected one of refuse, replace, new/);
    expect((await run('import', 'missing.json', '--db', 'x.sqlite3')).stderr).toMatch(
      /Cannot read .*there is no such file \(ENOENT\)/,
    );
  });

  it('refuses a folder or a device with a plain sentence, not EISDIR', async () => {
    const { cwd, run } = cliRunner();
    const folder = await run('import', cwd, '--db', 'x.sqlite3');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`${cwd} is a folder, not a file. Choose a workspace file (.json) in it.`);
    expect(folder.stderr).not.toContain('EISDIR');
    const device = await run('import', '/dev/null', '--db', 'x.sqlite3');
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/null is not a file (it is a device, a pipe or a socket).');
  });
});
