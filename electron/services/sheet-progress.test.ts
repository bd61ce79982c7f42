import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../shared/ipc/contract';
import { goldMembership } from '../../test/fixtures/gold-membership';
import { listBackups } from '../db/backups';
import { insertMembership } from '../db/membership-write';
import { contentHash, openTempWorkspace, type TempWorkspace } from '../db/testing';
import { createSheetHandlers } from './sheet-handlers';

let ws: TempWorkspace;
afterEach(() => ws.dispose());

const ROWS = 2500;

function setUp() {
  ws = openTempWorkspace(() => new Date('2009-08-01T10:00:00Z'));
  ws.db.transaction(() => insertMembership(ws.db, goldMembership(), 0))();
  const lines = ['Name\tMCP ID\tCertification\tEarned on'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`Person ${i}\t${700000 + i}\tMCTS\t2008-02-01`);
  const request = {
    membershipId: 'm-1',
    list: 'mcps' as const,
    source: { pasted: lines.join('\n') },
    sheetName: null,
    overrides: {},
    dateOrder: null,
    replace: false,
  };
  return { handlers: createSheetHandlers(ws.db, { backupDir: ws.backupDir }), request };
}

/** The phases in the order they were first reported. */
const phases = (events: readonly Progress[]) => [...new Set(events.map((e) => e.what))];

describe('progress and cancel of a sheet import', () => {
  it('reports reading, checking and writing at least every thousand rows, each to its end', async () => {
    const { handlers, request } = setUp();
    const events: Progress[] = [];
    await handlers['sheet:commit'](request, { progress: (p) => events.push(p) });
    expect(phases(events)).toEqual(['Reading rows', 'Checking rows', 'Writing']);
    for (const what of phases(events)) {
      const mine = events.filter((e) => e.what === what);
      const last = mine.at(-1)!;
      expect(last.done).toBe(last.total);
      // No gap of more than a thousand rows (items, when writing) between two reports.
      mine.forEach((e, i) => expect(e.done - (mine[i - 1]?.done ?? 0)).toBeLessThanOrEqual(1000));
    }
    expect(events.filter((e) => e.what === 'Checking rows').at(-1)).toMatchObject({ total: ROWS });
    // Only the write says it is writing: from there on a cancel no longer stops it.
    expect(events.filter((e) => e.writing === true).map((e) => e.what)).toEqual(
      events.filter((e) => e.what === 'Writing').map((e) => e.what),
    );
    expect(events.filter((e) => e.what === 'Writing').at(-1)).toMatchObject({ total: ROWS, writing: true });
    expect(ws.db.prepare('SELECT count(*) FROM professionals').pluck().get()).toBe(ROWS + 2);
  });

  it.each(['Reading rows', 'Checking rows'])(
    'a cancel during "%s" stops before the backup and the write: nothing changes',
    async (phase) => {
      const { handlers, request } = setUp();
      const before = contentHash(ws.db);
      const signal = { aborted: false };
      const progress = (p: Progress) => {
        if (p.what === phase) signal.aborted = true;
      };
      await expect(handlers['sheet:commit'](request, { progress, signal })).rejects.toMatchObject({
        code: 'cancelled',
        message: 'The import was cancelled. Nothing was changed.',
      });
      expect(contentHash(ws.db)).toBe(before);
      expect(listBackups(ws.backupDir)).toEqual([]);
    },
  );
});
