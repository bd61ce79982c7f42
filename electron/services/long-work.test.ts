import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext, Progress } from '../../shared/ipc/contract';
import { createHandlers } from './handlers';
import { dispatch } from './dispatch';
import { handlerHarness, type HandlerHarness } from './handlers.testing';
import { documentText } from '../worker/worker.testing';

let h: HandlerHarness;
afterEach(() => h?.dispose());

/** Runs `channel` through dispatch with a context that records progress and can be cancelled. */
function following(cancelAt?: (progress: Progress) => boolean) {
  const events: Progress[] = [];
  const signal = { aborted: false };
  const context: CallContext = {
    signal,
    progress: (progress) => {
      events.push(progress);
      if (cancelAt?.(progress)) signal.aborted = true;
    },
  };
  const handlers = createHandlers(h.db, { backupDir: h.backupDir, samplePath: '' });
  const run = (channel: string, payload: unknown) => dispatch(handlers, channel, payload, () => {}, context);
  return { events, run };
}

describe('progress and cancel of long handlers', () => {
  it('exports ten memberships at a time, reporting each step, the same document as before', async () => {
    h = handlerHarness();
    await h.value('workspace:import', { text: documentText(23, 2), onConflict: 'refuse' });
    const { events, run } = following();
    const result = await run('workspace:export', {});
    expect(result.ok && (result.value as { memberships: unknown[] }).memberships).toHaveLength(23);
    expect(events.map((e) => [e.done, e.total])).toEqual([
      [0, 23],
      [10, 23],
      [20, 23],
      [23, 23],
    ]);
    const list = await h.value('workspace:list', {});
    const some = [list[22]!.id, list[3]!.id];
    const chosen = await run('workspace:export', { ids: some });
    // In workspace order, as before, whatever the order of the ids asked for.
    expect(
      chosen.ok && (chosen.value as { memberships: { id: string }[] }).memberships.map((m) => m.id),
    ).toEqual([list[3]!.id, list[22]!.id]);
  });

  it('stops an export on a cancel between two steps', async () => {
    h = handlerHarness();
    await h.value('workspace:import', { text: documentText(23, 2), onConflict: 'refuse' });
    const { events, run } = following((p) => p.done === 10);
    const result = await run('workspace:export', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'The export was cancelled. Nothing was saved.' },
    });
    expect(events.at(-1)).toEqual({ what: 'Reading memberships', done: 10, total: 23 });
  });

  it('reports a restore phase by phase; a cancel while it reads the backup changes nothing', async () => {
    h = handlerHarness();
    await h.value('workspace:import', { text: documentText(3, 2), onConflict: 'refuse' });
    await h.value('workspace:import', { text: documentText(2, 2), onConflict: 'new' });
    const [backup] = await h.value('backup:list', {});
    const before = (await h.value('workspace:list', {})).length;

    const cancelled = following((p) => p.what === 'Reading the backup');
    const refused = await cancelled.run('backup:restore', { name: backup!.name });
    expect(!refused.ok && refused.error.code).toBe('cancelled');
    expect((await h.value('workspace:list', {})).length).toBe(before);

    const { events, run } = following();
    expect((await run('backup:restore', { name: backup!.name })).ok).toBe(true);
    expect(events).toEqual([
      { what: 'Reading the backup', done: 0, total: 1 },
      { what: 'Taking a backup of the workspace as it is', done: 0, total: 1, writing: true },
      { what: 'Restoring memberships', done: 1, total: 3, writing: true },
      { what: 'Restoring memberships', done: 2, total: 3, writing: true },
      { what: 'Restoring memberships', done: 3, total: 3, writing: true },
    ]);
    expect((await h.value('workspace:list', {})).length).toBe(3);
  });
});
