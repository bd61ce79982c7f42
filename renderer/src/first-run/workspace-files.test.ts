import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { ImportConflict } from '../../../shared/ipc/contract';
import { conflictOf, describeImport, firstImportedId } from './workspace-files';

const conflict: ImportConflict = {
  index: 0,
  matchedBy: 'name-and-location',
  workspace: { id: 'm-1', organization: 'Contoso Consulting Ltd', location: 'Dublin', partnerId: null },
  file: { id: 'm-9', organization: 'contoso consulting ltd', location: 'DUBLIN', partnerId: null },
};

describe('conflictOf', () => {
  it('reads the conflict a refused import carries, from its code', () => {
    const error = new ApiError({
      code: 'import-conflict',
      message: 'Any words at all',
      conflicts: [conflict],
      fileMemberships: 2,
    });
    expect(conflictOf(error)).toEqual({ conflicts: [conflict], fileMemberships: 2 });
  });

  it('is no question for any other code, whatever the message says, nor for other errors', () => {
    const worded = new ApiError({
      code: 'validation',
      message: 'The workspace already has a membership with id "m-1".',
      problems: [{ path: 'memberships[0].id', message: 'is already in the workspace' }],
    });
    expect(conflictOf(worded)).toBeNull();
    expect(conflictOf(new ApiError({ code: 'internal', message: 'no problems listed' }))).toBeNull();
    expect(conflictOf(new Error('network'))).toBeNull();
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
