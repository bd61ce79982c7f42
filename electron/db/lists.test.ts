import { afterEach, describe, expect, it } from 'vitest';
import { ENTITY_LISTS, LIST_SPECS } from './lists';
import { integer, level, text, textOrNull, bool, type Row } from './row';
import { openTempWorkspace, type TempWorkspace } from './testing';

let workspace: TempWorkspace | null = null;
afterEach(() => {
  workspace?.dispose();
  workspace = null;
});

/** The columns of `table` as the migrations left it: name → NOT NULL. */
function columnsOf(table: string): Map<string, boolean> {
  workspace ??= openTempWorkspace();
  const rows = workspace.db
    .prepare<[string], Row>(`SELECT name, "notnull" FROM pragma_table_info(?)`)
    .all(table);
  return new Map(rows.map((row) => [text(row, 'name'), integer(row, 'notnull') === 1]));
}

describe('the table descriptions', () => {
  it.each(ENTITY_LISTS)('%s names exactly the columns its migrated table has', (list) => {
    const spec = LIST_SPECS[list];
    const table = columnsOf(spec.table);
    expect([...table.keys()].sort()).toEqual(['id', 'membership_id', 'position', ...spec.columns].sort());
    for (const child of spec.children) {
      const childTable = columnsOf(child.table);
      expect([...childTable.keys()].sort()).toEqual(
        ['membership_id', 'position', child.parentColumn, ...child.columns].sort(),
      );
    }
  });
});

describe('typed row readers', () => {
  const row: Row = { name: 'Sam', none: null, count: 3, flag: 1, level: 'gold', odd: 'platinum' };

  it('read each type', () => {
    expect([text(row, 'name'), textOrNull(row, 'none'), integer(row, 'count'), bool(row, 'flag')]).toEqual([
      'Sam',
      null,
      3,
      true,
    ]);
    expect(level(row, 'level')).toBe('gold');
  });

  it('refuse a value of the wrong type, naming the column', () => {
    expect(() => text(row, 'count')).toThrow('Column count holds 3, expected text');
    expect(() => integer(row, 'name')).toThrow('Column name holds "Sam", expected an integer');
    expect(() => bool(row, 'count')).toThrow('expected 0 or 1');
    expect(() => level(row, 'odd')).toThrow(
      'Column odd holds "platinum", expected one of registered, certified, gold',
    );
  });
});
