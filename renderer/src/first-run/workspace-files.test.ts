import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { conflictingIds, describeImport, firstImportedId } from './workspace-files';

const conflict = (index: number, id: string) => ({
  path: `memberships[${index}].id`,
  message: `a membership with id "${id}" is already in the workspace`,
});

describe('conflictingIds', () => {
  it('reads the ids a refused import names as already in the workspace', () => {
    const error = new ApiError({ message: 'already', problems: [conflict(0, 'm-1'), conflict(2, 'm-3')] });
    expect(conflictingIds(error)).toEqual(['m-1', 'm-3']);
  });

  it('is no question when the file has other problems too, or none at all', () => {
    const mixed = new ApiError({
      message: 'bad',
      problems: [
        conflict(0, 'm-1'),
        { path: 'memberships[1].enrollment.expiresOn', message: 'expected a date' },
      ],
    });
    expect(conflictingIds(mixed)).toEqual([]);
    expect(conflictingIds(new ApiError({ message: 'no problems listed' }))).toEqual([]);
    expect(conflictingIds(new Error('network'))).toEqual([]);
  });
});

describe('describeImport', () => {
  it('counts what came in and says what was replaced or renamed', () => {
    const summary = {
      added: ['m-4', 'm-5'],
      replaced: ['m-1'],
      renamed: [{ from: 'm-2', to: 'm-5' }],
      backupPath: null,
    };
    expect(describeImport(summary)).toBe('Imported 3 memberships (1 replaced, 1 under a new id).');
    expect(firstImportedId(summary)).toBe('m-1');
    expect(describeImport({ added: ['m-1'], replaced: [], renamed: [], backupPath: null })).toBe(
      'Imported 1 membership.',
    );
  });
});
