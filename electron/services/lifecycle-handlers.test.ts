import { existsSync, readdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureText } from '../db/testing';
import { KEPT_ON_ROLL_FORWARD } from '../../shared/status/roll-forward';
import { handlerHarness, type HandlerHarness } from './handlers.testing';

let h: HandlerHarness | undefined;
afterEach(() => h?.dispose());

/** Rows in every table that has a membership_id column, for one membership. */
function rowsOf(db: Database.Database, membershipId: string): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
       WHERE m.type = 'table' AND c.name = 'membership_id'`,
    )
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const n = (
      db.prepare(`SELECT count(*) AS n FROM "${name}" WHERE membership_id = ?`).get(membershipId) as {
        n: number;
      }
    ).n;
    if (n > 0) counts[name] = n;
  }
  return counts;
}

async function workspace() {
  h = handlerHarness();
  await h.value('workspace:import', {
    text: fixtureText('workspace-two-memberships.json'),
    onConflict: 'refuse',
  });
  return h;
}

describe('membership:delete', () => {
  it('takes a verified backup holding the membership before deleting it', async () => {
    const { db, value } = await workspace();
    expect(Object.keys(rowsOf(db, 'm-1')).length).toBeGreaterThan(3);
    const { backupPath } = await value('membership:delete', { id: 'm-1' });
    expect(existsSync(backupPath)).toBe(true);
    const backup = new Database(backupPath, { readonly: true });
    try {
      expect(backup.prepare("SELECT count(*) AS n FROM memberships WHERE id = 'm-1'").get()).toEqual({
        n: 1,
      });
    } finally {
      backup.close();
    }
  });

  it('leaves nothing of the membership behind in any table, and the other untouched', async () => {
    const { db, value } = await workspace();
    const other = rowsOf(db, 'm-2');
    await value('membership:delete', { id: 'm-1' });
    expect(rowsOf(db, 'm-1')).toEqual({});
    expect(db.prepare("SELECT count(*) AS n FROM memberships WHERE id = 'm-1'").get()).toEqual({ n: 0 });
    expect(rowsOf(db, 'm-2')).toEqual(other);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses an unknown id without taking a backup', async () => {
    const { call, backupDir } = await workspace();
    const before = existsSync(backupDir) ? readdirSync(backupDir).length : 0;
    const result = await call('membership:delete', { id: 'm-404' });
    expect(result).toMatchObject({ ok: false, error: { problems: [{ path: 'id' }] } });
    expect(readdirSync(backupDir).length).toBe(before);
  });

  it('undo: the kept interchange document imports it back under its own id, unchanged', async () => {
    const { value } = await workspace();
    const document = await value('workspace:export', { ids: ['m-1'] });
    await value('membership:delete', { id: 'm-1' });
    await value('workspace:import', { text: JSON.stringify(document), onConflict: 'refuse' });
    expect(await value('membership:get', { id: 'm-1' })).toEqual(document.memberships[0]);
  });
});

describe('membership:archive', () => {
  it('hides a membership from the home rows as archived, and restores it', async () => {
    const { value } = await workspace();
    await value('membership:archive', { id: 'm-2', archived: true });
    const rows = (await value('workspace:status', { asOf: '2009-08-15' })).rows;
    expect(rows.map((r) => [r.id, r.archived])).toEqual([
      ['m-1', false],
      ['m-2', true],
    ]);
    expect(await value('workspace:lifecycle', {})).toEqual({ archived: ['m-2'], rolledForward: {} });
    await value('membership:archive', { id: 'm-2', archived: false });
    expect((await value('workspace:status', { asOf: '2009-08-15' })).rows[1]?.archived).toBe(false);
  });
});

describe('membership:roll-forward', () => {
  it('creates the next year with the evidence kept and the steps reset', async () => {
    const { db, value } = await workspace();
    const old = await value('membership:get', { id: 'm-1' });
    const next = await value('membership:roll-forward', { id: 'm-1', expiresOn: '2010-09-30' });
    expect(next.id).not.toBe('m-1');
    expect(next.enrollment).toEqual({ startedOn: '2009-10-01', expiresOn: '2010-09-30' });
    expect(next.level).toBe(old.targetLevel);
    expect(Object.values(next.steps).every((s) => !s.done)).toBe(true);
    for (const key of KEPT_ON_ROLL_FORWARD) {
      expect(next[key]).toEqual(old[key]);
    }
    // The finished year is untouched, archived, linked to its next year, and read-only.
    expect(await value('membership:get', { id: 'm-1' })).toEqual(old);
    expect(await value('workspace:lifecycle', {})).toEqual({
      archived: ['m-1'],
      rolledForward: { 'm-1': next.id },
    });
    const refused = await h!.call('membership:save-step', {
      id: 'm-1',
      step: 'termsAgreed',
      value: { done: true, on: '2009-08-10', note: null },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^This year is finished/) },
    });
    expect(await value('membership:get', { id: 'm-1' })).toEqual(old);
    expect(rowsOf(db, next.id)).toMatchObject({ professionals: rowsOf(db, 'm-1')['professionals'] });
  });

  it('refuses an expiry not after the old one, naming the field, and changes nothing', async () => {
    const { call, value } = await workspace();
    const result = await call('membership:roll-forward', { id: 'm-1', expiresOn: '2009-09-30' });
    expect(result).toMatchObject({ ok: false, error: { problems: [{ path: 'expiresOn' }] } });
    expect((await value('workspace:list', {})).length).toBe(2);
  });

  it('deleting the next year forgets the link', async () => {
    const { value } = await workspace();
    const next = await value('membership:roll-forward', { id: 'm-1', expiresOn: '2010-09-30' });
    await value('membership:delete', { id: next.id });
    expect(await value('workspace:lifecycle', {})).toEqual({ archived: ['m-1'], rolledForward: {} });
  });
});
