import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { createStatusCache } from './status-cache';
import { FIXTURES, fixtureText, openTempWorkspace, type TempWorkspace } from '../db/testing';
import { evaluate } from '../../shared/rules/evaluate';
import { loadMemberships } from '../db/membership-read';
import { MPP_2009 } from '../../shared/rules/mpp2009';

let ws: TempWorkspace | undefined;
afterEach(() => ws?.dispose());

async function harness() {
  ws = openTempWorkspace(() => new Date('2009-08-01T10:00:00Z'));
  const cache = createStatusCache(ws.db, MPP_2009);
  const handlers = createHandlers(ws.db, {
    backupDir: ws.backupDir,
    samplePath: join(FIXTURES, 'workspace-two-memberships.json'),
    statusCache: cache,
    // Today is 2009-08-15 for the import's own evaluation of the rows (local noon).
    now: () => new Date(2009, 7, 15, 12),
  });
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(handlers, channel, payload);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value as never;
  };
  await call('workspace:import', {
    text: fixtureText('workspace-two-memberships.json'),
    onConflict: 'refuse',
  });
  return { cache, call, db: ws.db, handlers };
}

describe('workspace:status and its cache', () => {
  it('returns a row per membership agreeing with the evaluation', async () => {
    const { call, db } = await harness();
    const status = (await call('workspace:status', { asOf: '2009-08-15' })) as {
      rows: { id: string; ready: boolean; window: unknown }[];
    };
    const evaluation = evaluate(loadMemberships(db), { asOf: '2009-08-15', ruleset: MPP_2009 });
    expect(status.rows.map((r) => [r.id, r.ready, r.window])).toEqual(
      evaluation.memberships.map((m) => [m.id, m.ready, m.window]),
    );
  });

  it('evaluates each membership once per asOf, and again only after it changes', async () => {
    const { cache, call } = await harness();
    await call('workspace:status', { asOf: '2009-08-15' });
    expect(cache.evaluated).toBe(2);
    await call('workspace:status', { asOf: '2009-08-15' });
    await call('membership:get', { id: 'm-1' });
    await call('workspace:status', { asOf: '2009-08-15' });
    expect(cache.evaluated).toBe(2);
    // What the window asks at every start: none of it may forget the kept rows.
    for (const channel of ['ruleset:get', 'workspace:list', 'workspace:lifecycle', 'backup:list'])
      await call(channel, {});
    await call('workspace:status', { asOf: '2009-08-15' });
    expect(cache.evaluated).toBe(2);

    await call('membership:save-step', {
      id: 'm-1',
      step: 'termsAgreed',
      value: { done: true, on: '2009-08-10', note: null },
    });
    const after = (await call('workspace:status', { asOf: '2009-08-15' })) as {
      rows: { id: string; blockingGaps: string[] }[];
    };
    expect(cache.evaluated).toBe(3);
    expect(after.rows[0]?.blockingGaps).not.toContain('steps.terms-agreed');

    await call('workspace:status', { asOf: '2009-08-16' });
    expect(cache.evaluated).toBe(5);
  });

  it('says how many of the rows not kept yet are evaluated, and nothing when all are kept', async () => {
    const { cache, handlers } = await harness();
    const heard = (asOf: string) => {
      const progress: { what: string; done: number; total: number }[] = [];
      handlers['workspace:status']({ asOf }, { progress: (p) => progress.push(p) });
      return progress;
    };
    expect(heard('2009-08-15')).toEqual([]);
    expect(heard('2009-09-01')).toEqual([
      { what: 'Evaluating memberships', done: 0, total: 2 },
      { what: 'Evaluating memberships', done: 2, total: 2 },
    ]);
    expect(cache.evaluated).toBe(4);
  });

  it('counts the memberships it evaluates for all deadlines, the first time only', async () => {
    const { handlers } = await harness();
    const heard = async () => {
      const progress: { done: number; total: number }[] = [];
      await handlers['workspace:deadlines']({ asOf: '2009-08-15' }, { progress: (p) => progress.push(p) });
      return progress.map((p) => `${p.done}/${p.total}`);
    };
    expect(await heard()).toEqual(['0/2', '2/2']);
    expect(await heard()).toEqual([]);
  });

  it('has every row evaluated by the import, at today, with progress', async () => {
    const { cache, call } = await harness();
    expect(cache.evaluated).toBe(2);
    const progress: { what: string; done: number; total: number }[] = [];
    const handlers = createHandlers(ws!.db, {
      backupDir: ws!.backupDir,
      samplePath: join(FIXTURES, 'workspace-two-memberships.json'),
      statusCache: cache,
      now: () => new Date(2009, 7, 15, 12),
    });
    await handlers['workspace:import'](
      { text: fixtureText('workspace-two-memberships.json'), onConflict: 'new' },
      { progress: (p) => progress.push(p) },
    );
    expect(progress.filter((p) => p.what === 'Evaluating memberships').at(-1)).toMatchObject({
      done: 4,
      total: 4,
    });
    expect(cache.evaluated).toBe(6);
    const status = (await call('workspace:status', { asOf: '2009-08-15' })) as { rows: unknown[] };
    expect(status.rows).toHaveLength(4);
    expect(cache.evaluated).toBe(6);
  });

  it('forgets every row after an import, and a deleted membership disappears', async () => {
    const { cache, call } = await harness();
    await call('workspace:status', { asOf: '2009-08-15' });
    await call('workspace:import', {
      text: fixtureText('workspace-two-memberships.json'),
      onConflict: 'new',
    });
    const four = (await call('workspace:status', { asOf: '2009-08-15' })) as { rows: unknown[] };
    expect(four.rows).toHaveLength(4);
    expect(cache.evaluated).toBe(6);
    await call('membership:delete', { id: 'm-2' });
    const three = (await call('workspace:status', { asOf: '2009-08-15' })) as { rows: { id: string }[] };
    expect(three.rows.map((r) => r.id)).not.toContain('m-2');
    expect(cache.evaluated).toBe(6);
  });
});

describe('workspace:deadlines', () => {
  it('joins every deadline of every membership not archived, by date, each naming its membership', async () => {
    const { call, db } = await harness();
    const asOf = '2009-08-15';
    const all = (await call('workspace:deadlines', { asOf })) as {
      deadlines: { dueOn: string; about: { membership: { id: string } }; endangers: string | null }[];
      requirements: { id: string; title: string }[];
    };
    const evaluation = evaluate(loadMemberships(db), { asOf, ruleset: MPP_2009 });
    const expected = evaluation.memberships.flatMap((m) => m.deadlines);
    expect(all.deadlines).toHaveLength(expected.length);
    expect(new Set(all.deadlines.map((d) => d.about.membership.id))).toEqual(new Set(['m-1', 'm-2']));
    const dates = all.deadlines.map((d) => d.dueOn);
    expect(dates).toEqual([...dates].sort());
    for (const d of all.deadlines)
      if (d.endangers !== null) expect(all.requirements.map((r) => r.id)).toContain(d.endangers);

    await call('membership:archive', { id: 'm-2', archived: true });
    const active = (await call('workspace:deadlines', { asOf })) as typeof all;
    expect(active.deadlines.length).toBe(evaluation.memberships[0]!.deadlines.length);
    expect(active.deadlines.every((d) => d.about.membership.id === 'm-1')).toBe(true);
  });

  it('evaluates once per membership and asOf, and gives the status rows from the same evaluation', async () => {
    const { cache, call } = await harness();
    // The import evaluated the status rows; deadlines need their own evaluation, once.
    const before = cache.evaluated;
    await call('workspace:deadlines', { asOf: '2009-08-15' });
    expect(cache.evaluated - before).toBe(2);
    await call('workspace:deadlines', { asOf: '2009-08-15' });
    await call('workspace:status', { asOf: '2009-08-15' });
    expect(cache.evaluated - before).toBe(2);
  });
});

describe('workspace:status after other channels', () => {
  it("keeps every remaining row after an export then a delete (as the home's delete does)", async () => {
    const { call } = await harness();
    const before = (await call('workspace:status', { asOf: '2009-08-15' })) as { rows: { id: string }[] };
    const [kept, removed] = before.rows.map((r) => r.id);
    await call('workspace:export', { ids: [removed] });
    await call('membership:delete', { id: removed });
    const after = (await call('workspace:status', { asOf: '2009-08-15' })) as { rows: { id: string }[] };
    expect(after.rows.map((r) => r.id)).toEqual([kept]);
  });
});

describe('the status rows kept in SQLite', () => {
  it('serve the first visit after a restart without evaluating, and a write outside the app forgets its membership', async () => {
    const { call, db } = await harness();
    const before = (await call('workspace:status', { asOf: '2009-08-15' })) as { rows: unknown[] };
    const restarted = createStatusCache(db, MPP_2009);
    expect(restarted.rows('2009-08-15')).toEqual(before.rows);
    expect(restarted.evaluated).toBe(0);
    // As an import or `reenroll import-sheet` would: straight into the tables, no handler.
    db.prepare("UPDATE memberships SET expires_on = '2009-12-31' WHERE id = 'm-2'").run();
    const after = restarted.rows('2009-08-15');
    expect(restarted.evaluated).toBe(1);
    expect(after.find((r) => r.id === 'm-2')?.window.expiresOn).toBe('2009-12-31');
  });

  it('are never read under another document, even one that reuses the ruleset id', async () => {
    const { call, db } = await harness();
    await call('workspace:status', { asOf: '2009-08-15' });
    const edited = createStatusCache(db, { ...MPP_2009, title: `${MPP_2009.title} (edited)` });
    edited.rows('2009-08-15');
    expect(edited.evaluated).toBe(2);
  });
});
