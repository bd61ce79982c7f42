import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMemberships } from '../db/membership-read';
import { contentHash, fixtureDocument, openTempWorkspace, type TempWorkspace } from '../db/testing';
import { listBackups } from '../db/backups';
import { UserFacingError } from './dispatch';
import {
  ImportFileError,
  importDocument,
  MAX_IMPORT_BYTES,
  parseImportText,
  readImportFile,
  restoreWorkspace,
} from './import';

let ws: TempWorkspace;
afterEach(() => ws?.dispose());

describe('readImportFile', () => {
  it('refuses invalid UTF-8 naming the byte offset, instead of replacing it with U+FFFD', () => {
    ws = openTempWorkspace();
    const file = join(ws.dir, 'latin1.json');
    writeFileSync(file, Buffer.from([...Buffer.from('{"name": "Caf'), 0xe9, ...Buffer.from('"}')]));
    expect(() => readImportFile(file)).toThrow(
      /latin1\.json: The file is not valid UTF-8 text: the byte at offset 13 \(0xE9\)/,
    );
  });

  it('names the membership of each problem as well as its path', () => {
    const doc = fixtureDocument();
    const first = doc.memberships[0]!;
    (first as { enrollment: { expiresOn: string } }).enrollment.expiresOn = '2009-02-30';
    const label = `${first.organization.name} — ${first.organization.location}`;
    try {
      parseImportText(JSON.stringify(doc));
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as UserFacingError).message).toBe(
        `The file was not imported: 1 problem found in ${label}. Nothing was changed.`,
      );
      expect((error as UserFacingError).problems).toEqual([
        {
          path: 'memberships[0].enrollment.expiresOn',
          message: 'Expected a date YYYY-MM-DD',
          membership: label,
        },
      ]);
    }
  });

  it('refuses a year outside 1900–2999, naming the field', () => {
    const doc = fixtureDocument();
    (doc.memberships[0] as { enrollment: { expiresOn: string } }).enrollment.expiresOn = '0209-09-30';
    expect(() => parseImportText(JSON.stringify(doc))).toThrow(UserFacingError);
    try {
      parseImportText(JSON.stringify(doc));
    } catch (error) {
      expect((error as UserFacingError).problems).toContainEqual(
        expect.objectContaining({
          path: 'memberships[0].enrollment.expiresOn',
          message: 'Expected a year from 1900 to 2999',
        }),
      );
    }
  });

  it('refuses a file over the limit from its size, before reading it', () => {
    ws = openTempWorkspace();
    const file = join(ws.dir, 'huge.json');
    // A sparse 100 MB file: no disk is used, and a reader that read it would find only zeros.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 100 * 1000 * 1000);
    closeSync(fd);
    expect(() => readImportFile(file)).toThrow(ImportFileError);
    expect(() => readImportFile(file)).toThrow(
      /huge\.json is 95\.4 MB; the largest file that can be imported is 80\.0 MB/,
    );
  });

  it('reads a file within the limit, and names a missing one', () => {
    ws = openTempWorkspace();
    const file = join(ws.dir, 'small.json');
    writeFileSync(file, '{"é": 1}');
    expect(readImportFile(file)).toBe('{"é": 1}');
    expect(() => readImportFile(file, 3)).toThrow(/the largest file that can be imported/);
    expect(() => readImportFile(join(ws.dir, 'missing.json'))).toThrow(
      /^Cannot read .*missing\.json: there is no such file \(ENOENT\)\.$/,
    );
  });

  it('refuses text over the limit in the import handler too', () => {
    expect(() => parseImportText(' '.repeat(MAX_IMPORT_BYTES + 1))).toThrow(UserFacingError);
  });
});

describe('importDocument', () => {
  it('is all or nothing: a failure half-way leaves the workspace as it was', () => {
    ws = openTempWorkspace();
    const doc = fixtureDocument();
    importDocument(
      ws.db,
      { ...doc, memberships: [doc.memberships[1]!] },
      { backupDir: ws.backupDir, onConflict: 'refuse' },
    );
    const before = contentHash(ws.db);
    // The second membership's row violates a CHECK the schemas would never let through.
    const broken = { ...doc.memberships[0]!, id: 'm-9', level: 'platinum' as never };
    expect(() =>
      importDocument(
        ws.db,
        { ...doc, memberships: [{ ...doc.memberships[0]!, id: 'm-8' }, broken] },
        {
          backupDir: ws.backupDir,
          onConflict: 'refuse',
        },
      ),
    ).toThrow(/CHECK/);
    expect(contentHash(ws.db)).toBe(before);
  });

  it('backs up before writing', () => {
    ws = openTempWorkspace();
    const summary = importDocument(ws.db, fixtureDocument(), {
      backupDir: ws.backupDir,
      onConflict: 'refuse',
    });
    expect(listBackups(ws.backupDir).map((b) => b.path)).toEqual([summary.backupPath]);
  });
});

describe('restoreWorkspace', () => {
  it('replaces every membership with the file’s, after a backup', () => {
    ws = openTempWorkspace();
    const doc = fixtureDocument();
    importDocument(ws.db, doc, { backupDir: ws.backupDir, onConflict: 'refuse' });
    importDocument(ws.db, doc, { backupDir: ws.backupDir, onConflict: 'new' });
    const summary = restoreWorkspace(
      ws.db,
      { ...doc, memberships: [doc.memberships[1]!] },
      { backupDir: ws.backupDir },
    );
    expect(summary).toMatchObject({ added: [], replaced: ['m-2'] });
    expect(loadMemberships(ws.db)).toEqual([doc.memberships[1]]);
    expect(listBackups(ws.backupDir)[0]?.reason).toBe('before-restore');
  });
});
