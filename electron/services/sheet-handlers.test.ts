import { afterEach, describe, expect, it } from 'vitest';
import { competencyAssignments } from '../../shared/sheets/competency-undo';
import { contentHash } from '../db/testing';
import { listBackups } from '../db/backups';
import { handlerHarness, type HandlerHarness } from './handlers.testing';

let h: HandlerHarness;
afterEach(() => h.dispose());

async function withSample() {
  h = handlerHarness();
  await h.value('workspace:open-sample', {});
  return h;
}

const pasted = (text: string) => ({ pasted: text });

describe('the sheet channels', () => {
  it('previews pasted cells with the mapping, problems and rows, and writes nothing', async () => {
    const { db } = await withSample();
    const before = contentHash(db);
    const preview = await h.value('sheet:preview', {
      membershipId: 'm-1',
      list: 'references',
      source: pasted('Client\tStatus\tNotes\nNorthwind\taccepted\tok\nTailspin\tmaybe\t\n'),
    });
    expect(preview).toMatchObject({
      headerRow: 1,
      headers: ['Client', 'Status', 'Notes'],
      keys: [null, 'status', null],
      unknownColumns: ['Client', 'Notes'],
      counts: null,
    });
    expect(preview.problems.map((p) => p.code)).toEqual(['missing-column']);
    const mapped = await h.value('sheet:preview', {
      membershipId: 'm-1',
      list: 'references',
      source: pasted('Client\tStatus\tNotes\nNorthwind\taccepted\tok\nTailspin\tmaybe\t\n'),
      overrides: { '0': 'customer' },
    });
    expect(mapped.problems).toEqual([
      {
        row: 3,
        column: 'Status',
        code: 'unknown-status',
        message: 'maybe is not one of draft, requested, accepted, declined.',
      },
    ]);
    expect(mapped.rows).toEqual([
      { row: 2, cells: ['Northwind', 'accepted', 'ok'] },
      { row: 3, cells: ['Tailspin', 'maybe', ''] },
    ]);
    expect(contentHash(db)).toBe(before);
  });

  it('commits after a backup, refuses a sheet with problems, and undoes to the list as it was', async () => {
    const { db, backupDir } = await withSample();
    const before = contentHash(db);
    const original = (await h.value('membership:get', { id: 'm-1' })).otherPoints;
    const everything = await h.value('workspace:export', {});
    const bad = await h.call('sheet:commit', {
      membershipId: 'm-1',
      list: 'other-points',
      source: pasted('Description\tPoints\nWebinar\tten\n'),
    });
    expect(bad).toMatchObject({ ok: false, error: { message: /not imported: 1 problem found/ } });
    expect(contentHash(db)).toBe(before);
    const backups = listBackups(backupDir).length;

    const source = {
      name: 'points.csv',
      base64: Buffer.from('Description;Points\nWebinar;10\n').toString('base64'),
    };
    const after = await h.value('sheet:commit', {
      membershipId: 'm-1',
      list: 'other-points',
      source,
      replace: true,
    });
    expect(after.otherPoints.map((o) => [o.description, o.points])).toEqual([['Webinar', 10]]);
    expect(listBackups(backupDir)).toHaveLength(backups + 1);

    const undone = await h.value('sheet:undo', {
      membershipId: 'm-1',
      list: 'other-points',
      items: [...original],
    });
    expect(undone.otherPoints).toEqual(original);
    // The same workspace again (rows the undo re-inserted have new rowids, so compare content).
    expect(await h.value('workspace:export', {})).toEqual(everything);
  });

  it('undoes a competencies import that replaced the list with what pointed at the competencies', async () => {
    await withSample();
    const was = await h.value('membership:get', { id: 'm-1' });
    const everything = await h.value('workspace:export', {});
    const after = await h.value('sheet:commit', {
      membershipId: 'm-1',
      list: 'competencies',
      source: pasted('Competency\tAttained on\nSecurity Solutions\t2009-02-01\n'),
      replace: true,
    });
    expect(after.competencies.map((c) => c.name)).toEqual(['Security Solutions']);
    expect(after.chosen?.competencyId ?? null).toBeNull();
    const undone = await h.value('sheet:undo', {
      membershipId: 'm-1',
      list: 'competencies',
      items: [...was.competencies],
      assignments: competencyAssignments(was),
    });
    expect(undone.chosen).toEqual(was.chosen);
    expect(await h.value('workspace:export', {})).toEqual(everything);
  });

  it('exports a list as CSV with a byte-order mark and as XLSX', async () => {
    await withSample();
    const csv = await h.value('sheet:export', { membershipId: 'm-1', list: 'mcps', format: 'csv' });
    expect(csv.fileName).toBe('mcps-m-1.csv');
    expect(Buffer.from(csv.base64, 'base64').toString('utf8')).toMatch(/^\uFEFFName,MCP ID,Associated,/);
    const xlsx = await h.value('sheet:export', { membershipId: 'm-1', list: 'mcps', format: 'xlsx' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });

  it('refuses bad payloads by field and a wrong file type with a sentence', async () => {
    await withSample();
    const list = await h.callRaw('sheet:preview', {
      membershipId: 'm-1',
      list: 'people',
      source: { pasted: 'x' },
    });
    expect(list).toMatchObject({ ok: false, error: { problems: [{ path: 'list' }] } });
    const undo = await h.callRaw('sheet:undo', {
      membershipId: 'm-1',
      list: 'mcps',
      items: [{ name: 'No id' }],
    });
    expect(undo).toMatchObject({ ok: false });
    const type = await h.call('sheet:preview', {
      membershipId: 'm-1',
      list: 'mcps',
      source: { name: 'notes.docx', base64: 'UEsDBA==' },
    });
    expect(type).toMatchObject({
      ok: false,
      error: { message: /notes\.docx is not a spreadsheet this app reads/ },
    });
  });
});
