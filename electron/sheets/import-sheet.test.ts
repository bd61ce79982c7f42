import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../db/backups';
import { insertMembership } from '../db/membership-write';
import { loadMembership } from '../db/membership-read';
import { contentHash, openTempWorkspace, type TempWorkspace } from '../db/testing';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { competencyAssignments } from '../../shared/sheets/competency-undo';
import { analyzeSheet } from '../../shared/sheets/plan';
import { analyzeImport, applyImport, readSheet, restoreList } from './import-sheet';

let ws: TempWorkspace;
afterEach(() => ws.dispose());

function workspace() {
  ws = openTempWorkspace(() => new Date('2009-08-01T10:00:00Z'));
  ws.db.transaction(() => insertMembership(ws.db, goldMembership(), 0))();
  return ws;
}

const csv = (text: string) => readSheet({ name: 'sheet.csv', bytes: Buffer.from(text, 'utf8') });

describe('applying a sheet import', () => {
  it('backs up, writes the plan in one transaction with progress, and undoes it as a whole', async () => {
    const { db, backupDir } = workspace();
    const before = contentHash(db);
    const rows = ['Name,MCP ID,Certification,Earned on'];
    for (let i = 0; i < 1200; i += 1) rows.push(`Person ${i},${500000 + i},MCTS,2008-02-0${1 + (i % 9)}`);
    rows.push('Sam Lee,,MCITP,2007-04-01');
    const analysis = analyzeImport(db, 'm-1', 'mcps', await csv(rows.join('\n')));
    expect(analysis.plan).toMatchObject({ added: 1200, updated: 1, unchanged: 0 });
    const progress: [number, number][] = [];
    const applied = applyImport(db, 'm-1', 'mcps', analysis.plan!, {
      backupDir,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([
      [500, 1201],
      [1000, 1201],
      [1201, 1201],
    ]);
    expect(listBackups(backupDir).map((b) => b.reason)).toEqual(['before-import']);
    const after = loadMembership(db, 'm-1')!;
    expect(after.professionals).toHaveLength(1202);
    expect(after.professionals[0]).toMatchObject({
      id: 'p-1',
      name: 'Sam Lee',
      links: goldMembership().professionals[0]!.links,
    });
    expect(after.professionals.at(-1)).toMatchObject({ name: 'Person 1199', mcpId: '501199' });
    // Re-importing the same sheet changes nothing.
    expect(analyzeImport(db, 'm-1', 'mcps', await csv(rows.join('\n'))).plan).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 1201,
    });

    restoreList(db, 'm-1', 'mcps', applied.before);
    expect(contentHash(db)).toBe(before);
  });

  it('replaces the whole list only when asked, and undo brings the removed items back in order', async () => {
    const { db, backupDir } = workspace();
    const before = contentHash(db);
    const analysis = analyzeImport(db, 'm-1', 'other-points', await csv('Description;Points\nWebinar;5\n'), {
      replace: true,
    });
    expect(analysis.plan).toMatchObject({ added: 1, removed: 1 });
    const applied = applyImport(db, 'm-1', 'other-points', analysis.plan!, { backupDir });
    expect(loadMembership(db, 'm-1')!.otherPoints.map((o) => o.description)).toEqual(['Webinar']);
    restoreList(db, 'm-1', 'other-points', applied.before);
    expect(contentHash(db)).toBe(before);
  });

  it('checks items with the compiled schema and words a refusal as the interpreted one does', async () => {
    const { db } = workspace();
    const table = await csv(`Name,MCP ID\n${'N'.repeat(201)},123\nAda Lovelace,${'9'.repeat(51)}\n`);
    const analysis = analyzeImport(db, 'm-1', 'mcps', table);
    expect(analysis.problems).toEqual([
      { row: 2, column: null, code: 'invalid', message: 'The professional name is at most 200 characters' },
      { row: 3, column: null, code: 'invalid', message: 'Enter at most 50 characters' },
    ]);
    expect(analyzeSheet('mcps', table, loadMembership(db, 'm-1')!).problems).toEqual(analysis.problems);
  });

  it('undoes a competencies import that replaced the list, chosen competency, references and links included', async () => {
    const { db, backupDir } = workspace();
    const before = contentHash(db);
    const was = loadMembership(db, 'm-1')!;
    const sheet = await csv('Competency,Attained on\nSecurity Solutions,2009-02-01\n');
    const analysis = analyzeImport(db, 'm-1', 'competencies', sheet, { replace: true });
    expect(analysis.plan).toMatchObject({ added: 1, removed: 3 });
    const applied = applyImport(db, 'm-1', 'competencies', analysis.plan!, { backupDir });
    const replaced = loadMembership(db, 'm-1')!;
    expect(replaced.chosen).toEqual({ competencyId: null, specialization: null });
    expect(replaced.references[0]).toMatchObject({ competencyId: null, specialization: null });
    expect(replaced.professionals.every((p) => p.links.length === 0)).toBe(true);

    restoreList(db, 'm-1', 'competencies', applied.before, competencyAssignments(was));
    expect(contentHash(db)).toBe(before);
  });

  it('refuses an unknown membership with a sentence', async () => {
    const { db } = workspace();
    expect(() => analyzeImport(db, 'm-9', 'mcps', { rows: [] })).toThrow(
      'There is no membership with id "m-9" in this workspace.',
    );
  });

  it('writes nothing when a write fails half-way (one transaction)', async () => {
    const { db, backupDir } = workspace();
    const analysis = analyzeImport(db, 'm-1', 'references', await csv('Customer\nA\nB\nC\n'));
    const before = contentHash(db);
    const plan = analysis.plan!;
    const broken = { ...plan, writes: [...plan.writes.slice(0, 2), { ...plan.writes[2]!, customer: null }] };
    expect(() => applyImport(db, 'm-1', 'references', broken, { backupDir })).toThrow(/NOT NULL/);
    expect(contentHash(db)).toBe(before);
  });
});
