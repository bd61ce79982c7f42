import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handlerHarness, type HandlerHarness } from './handlers.testing';

let h: HandlerHarness;
afterEach(() => h?.dispose());

describe('backup handlers', () => {
  it('lists good backups with date, size and memberships, and restores one after a backup of now', async () => {
    h = handlerHarness();
    const imported = await h.value('workspace:open-sample', {}); // backup before-import: 0 memberships
    await h.value('workspace:import', {
      text: JSON.stringify(await h.value('workspace:export', {})),
      onConflict: 'new',
    }); // backup before-import: 2 memberships
    // An empty file named as a backup is never listed.
    writeFileSync(join(h.backupDir, 'workspace-2099-01-01T00-00-00-000Z.daily.sqlite3'), '');
    const list = await h.value('backup:list', {});
    expect(list.map((b) => [b.reason, b.memberships])).toEqual([
      ['before-import', 2],
      ['before-import', 0],
    ]);
    expect(list[0]?.bytes).toBeGreaterThan(0);
    expect(list[0]?.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await h.value('workspace:list', {})).length).toBe(4);

    const restored = await h.value('backup:restore', { name: list[0]!.name });
    expect(restored.memberships).toBe(2);
    expect((await h.value('workspace:list', {})).map((m) => m.id)).toEqual(imported.added);
    const after = await h.value('backup:list', {});
    expect(after[0]).toMatchObject({ reason: 'before-restore', memberships: 4 });
  });

  it('refuses a name that is not a listed backup, and a path, changing nothing', async () => {
    h = handlerHarness();
    await h.value('workspace:open-sample', {});
    const missing = await h.call('backup:restore', {
      name: 'workspace-2001-01-01T00-00-00-000Z.daily.sqlite3',
    });
    expect(!missing.ok && missing.error.code).toBe('not-found');
    const path = await h.call('backup:restore', { name: '../workspace.sqlite3' });
    expect(!path.ok && path.error.code).toBe('validation');
    expect((await h.value('workspace:list', {})).length).toBe(2);
  });
});
