import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_LISTS } from '../../../shared/sheets/types';
import { listBackups } from '../../db/backups';
import { loadMembership } from '../../db/membership-read';
import { openWorkspace } from '../../db/open';
import { contentHash, FIXTURES } from '../../db/testing';
import { cliRunner } from './workspace-cli.testing';

const fixture = join(FIXTURES, 'workspace-two-memberships.json');

/** A workspace with the two-membership fixture, and a way to hash or load it. */
async function workspace() {
  const cli = cliRunner();
  expect((await cli.run('import', fixture, '--db', 'ws.sqlite3')).code).toBe(0);
  const open = <T>(read: (db: ReturnType<typeof openWorkspace>) => T): T => {
    const db = openWorkspace(join(cli.cwd, 'ws.sqlite3'), { backupDir: join(cli.cwd, 'backups') });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const write = (name: string, text: string) => writeFileSync(join(cli.cwd, name), text);
  return {
    ...cli,
    open,
    write,
    hash: () => open(contentHash),
    m1: () => open((db) => loadMembership(db, 'm-1')!),
  };
}

const target = ['--db', 'ws.sqlite3', '--membership', 'm-1'];

describe('reenroll export-sheet → import-sheet', () => {
  it.each(SHEET_LISTS)('%s: exports CSV and XLSX that import back changing nothing', async (list) => {
    const ws = await workspace();
    for (const out of [`${list}.csv`, `${list}.xlsx`]) {
      const exported = await ws.run('export-sheet', ...target, '--list', list, '--out', out);
      expect(exported).toMatchObject({ code: 0, stderr: '' });
      expect(exported.stdout).toMatch(
        new RegExp(`^exported \\d+ rows of .* to .*${out.replace('.', '\\.')}\\n$`),
      );
      const before = ws.hash();
      const result = await ws.run('import-sheet', out, ...target, '--list', list);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(
        /\nadded: 0\nupdated: 0\nunchanged: \d+\nremoved: 0\nbackup: .*before-import/,
      );
      expect(ws.hash()).toBe(before);
    }
  });

  it('imports an edited MCP sheet: one changed date, one new certification row, one new MCP', async () => {
    const ws = await workspace();
    await ws.run('export-sheet', ...target, '--list', 'mcps', '--out', 'mcps.csv');
    const text = readFileSync(join(ws.cwd, 'mcps.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const edited =
      text.replace('2009-06-30', '2011-06-30') +
      'Sam Lee,1234567,yes,,,MCPD,2009-07-01,,\r\n' +
      'Ciarán Ó Briain,7777777,no,Information Worker Solutions,Portals and Collaboration,MCTS,01/02/2009,,\r\n';
    ws.write('mcps.csv', edited);
    const dry = await ws.run(
      'import-sheet',
      'mcps.csv',
      ...target,
      '--list',
      'mcps',
      '--date-order',
      'dmy',
      '--dry-run',
    );
    expect(dry.stdout).toBe(
      'dry run: mcps.csv would change the MCPs of membership m-1; nothing was written\n' +
        'added: 1\nupdated: 1\nunchanged: 1\nremoved: 0\n',
    );
    const result = await ws.run('import-sheet', 'mcps.csv', ...target, '--list', 'mcps', '--date-order=dmy');
    expect(result.code).toBe(0);
    const sam = ws.m1().professionals.find((p) => p.mcpId === '1234567');
    expect(sam?.certifications.map((c) => [c.name, c.expiresOn])).toEqual([
      ['MCITP', null],
      ['MCTS', '2011-06-30'],
      ['MCPD', null],
    ]);
    expect(ws.m1().professionals.at(-1)).toMatchObject({
      name: 'Ciarán Ó Briain',
      associated: false,
      links: [{ competencyId: 'c-1', specialization: 'Portals and Collaboration' }],
      certifications: [{ name: 'MCTS', earnedOn: '2009-02-01' }],
    });
  });

  it('replaces the whole list only with --replace', async () => {
    const ws = await workspace();
    ws.write('points.csv', 'Description;Points;Earned on\nWebinar;5;2009-05-01\n');
    await ws.run('import-sheet', 'points.csv', ...target, '--list', 'other-points');
    expect(ws.m1().otherPoints).toHaveLength(2);
    const replaced = await ws.run(
      'import-sheet',
      'points.csv',
      ...target,
      '--list',
      'other-points',
      '--replace',
    );
    expect(replaced.stdout).toMatch(/added: 0\nupdated: 0\nunchanged: 1\nremoved: 1\n/);
    expect(ws.m1().otherPoints.map((o) => o.description)).toEqual(['Webinar']);
  });
});

describe('reenroll import-sheet refusals', () => {
  it('exits 2 with every problem by row and column on stderr and writes nothing (no backup either)', async () => {
    const ws = await workspace();
    const before = ws.hash();
    const rows = ['Name,MCP ID,Certification,Earned on,Expires on'];
    for (let i = 2; i < 14; i += 1) rows.push(`P ${i},${i},MCTS,2008-01-01,`);
    rows.push('Ann Bee,1234567,MCTS,2008-01-01,31/02/2009', 'Ann Bea,1234567,MCTS,soon,');
    ws.write('bad.csv', rows.join('\n'));
    const result = await ws.run(
      'import-sheet',
      'bad.csv',
      ...target,
      '--list',
      'mcps',
      '--date-order',
      'dmy',
    );
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'reenroll import-sheet: bad.csv: 3 problems; nothing was written.\n' +
        'row 14, column "Expires on": 31/02/2009 is not a date\n' +
        'row 15, column "Earned on": soon is not a date\n' +
        'row 15: MCP ID 1234567 appears with two different names (see row 14).\n',
    );
    expect(ws.hash()).toBe(before);
    expect(listBackups(join(ws.cwd, 'backups'))).toHaveLength(1);
  });

  it('asks for --date-order instead of guessing', async () => {
    const ws = await workspace();
    ws.write('p.csv', 'Description,Points,Earned on\nDemo,5,03/04/2009\n');
    const result = await ws.run('import-sheet', 'p.csv', ...target, '--list', 'other-points');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /row 2, column "Earned on": 03\/04\/2009 could be day\/month or month\/day/,
    );
    expect(result.stderr).toMatch(/--date-order dmy or --date-order mdy/);
  });

  it('--dry-run writes nothing, not even a backup', async () => {
    const ws = await workspace();
    const before = ws.hash();
    ws.write('r.csv', 'Customer,Status\nNew Co,requested\n');
    const dry = await ws.run('import-sheet', 'r.csv', ...target, '--list', 'references', '--dry-run');
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toMatch(/added: 1\nupdated: 0\nunchanged: 0\nremoved: 0\n$/);
    expect(ws.hash()).toBe(before);
    expect(listBackups(join(ws.cwd, 'backups'))).toHaveLength(1);
  });

  it.each([
    [['x.csv', '--membership', 'm-1', '--list', 'mcps'], /--db PATH is required/],
    [['x.csv', '--db', 'ws.sqlite3', '--list', 'mcps'], /--membership ID is required/],
    [
      ['x.csv', ...target, '--list', 'people'],
      /--list: Expected one of mcps, references, csat, competencies, other-points/,
    ],
    [['x.csv', ...target, '--list', 'mcps', '--date-order', 'ymd'], /--date-order: Expected dmy or mdy/],
    [['x.csv', ...target, '--list', 'mcps', '--colour'], /unknown option --colour/],
    [[...target, '--list', 'mcps'], /expected one FILE/],
    [['missing.csv', ...target, '--list', 'mcps'], /cannot read .*missing\.csv: ENOENT/],
    [['x.csv', '--db', 'nope.sqlite3', '--membership', 'm-1', '--list', 'mcps'], /no workspace database at/],
    [['x.csv', '--db', 'ws.sqlite3', '--membership', 'm-9', '--list', 'mcps'], /no membership with id "m-9"/],
    [['x.json', ...target, '--list', 'mcps'], /choose a \.csv or \.xlsx file/],
    [['fake.xlsx', ...target, '--list', 'mcps'], /fake\.xlsx is not an XLSX workbook/],
  ])('exits 2 on %j', async (args, message) => {
    const ws = await workspace();
    ws.write('x.csv', 'Name\nKim\n');
    ws.write('x.json', '{}');
    ws.write('fake.xlsx', 'Name\nKim\n');
    const before = ws.hash();
    const result = await ws.run('import-sheet', ...(args as string[]));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(ws.hash()).toBe(before);
  });
});

describe('reenroll export-sheet', () => {
  it('writes an XLSX with the import headers and real date cells', async () => {
    const ws = await workspace();
    await ws.run('export-sheet', ...target, '--list', 'mcps', '--out', 'mcps.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(ws.cwd, 'mcps.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Name',
      'MCP ID',
      'Associated',
      'Competency',
      'Specialization',
      'Certification',
      'Earned on',
      'Expires on',
      'Newer exam required by',
    ]);
    expect(sheet.getCell('G2').value).toEqual(new Date('2007-03-01T00:00:00Z'));
  });

  it('exits 2 on usage problems and 1 when the file cannot be written', async () => {
    const ws = await workspace();
    expect((await ws.run('export-sheet', ...target, '--list', 'mcps')).stderr).toMatch(
      /--out FILE is required/,
    );
    expect((await ws.run('export-sheet', ...target, '--list', 'mcps', '--out', 'a.json')).code).toBe(2);
    expect((await ws.run('export-sheet', ...target, '--list', 'mcps', '--out', 'a.txt')).code).toBe(2);
    const missing = await ws.run('export-sheet', ...target, '--list', 'mcps', '--out', 'no/such/dir/a.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT/);
  });
});
