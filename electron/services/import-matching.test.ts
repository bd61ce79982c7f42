/**
 * Imports match memberships, not ids (DESIGN §4): the collision case of a workspace made in the
 * app (its first membership was `m-1`) and an unrelated file whose first membership is `m-1`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { InterchangeDocument, Membership } from '../../shared/interchange/schema';
import { contentHash, fixtureDocument, openTempWorkspace, type TempWorkspace } from '../db/testing';
import { loadMemberships } from '../db/membership-read';
import { insertMembership } from '../db/membership-write';
import { ImportConflictError } from './dispatch';
import { importDocument } from './import';

let ws: TempWorkspace;
afterEach(() => ws?.dispose());

const base = fixtureDocument().memberships[0] as Membership;
const membership = (id: string, name: string, location: string, partnerId: string | null = null) => ({
  ...base,
  id,
  organization: { ...base.organization, name, location, partnerId },
});
const doc = (...memberships: Membership[]): InterchangeDocument => ({
  format: 'partner-reenrollment',
  version: 1,
  memberships,
});

function contosoWorkspace() {
  ws = openTempWorkspace();
  insertMembership(ws.db, membership('m-1', 'Contoso Consulting Ltd', 'Dublin', '7654321'), 0);
  return { ...ws, backupDir: ws.backupDir };
}

describe('import matching', () => {
  it('never replaces an unrelated membership whose id collides: it comes in as new', () => {
    contosoWorkspace();
    const before = loadMemberships(ws.db);
    const policies = ['refuse', 'replace', 'new'] as const;
    for (const [n, onConflict] of policies.entries()) {
      const summary = importDocument(ws.db, doc(membership('m-1', `Org ${n + 1}`, 'Osaka')), {
        backupDir: ws.backupDir,
        onConflict,
      });
      expect(summary.replaced).toEqual([]);
      expect(summary.renamed).toEqual([{ from: 'm-1', to: summary.added[0] }]);
      expect(summary.added[0]).toMatch(/^m-[0-9a-z]{6,}$/);
    }
    const after = loadMemberships(ws.db);
    expect(after[0]).toEqual(before[0]);
    expect(after.map((m) => m.organization.name)).toEqual([
      'Contoso Consulting Ltd',
      'Org 1',
      'Org 2',
      'Org 3',
    ]);
  });

  it('refuses the same membership (partner id, or name and location ignoring case and spaces), naming both sides', () => {
    contosoWorkspace();
    const hash = contentHash(ws.db);
    const file = doc(
      membership('m-7', 'Org 1', 'Osaka'),
      membership('m-1', 'CONTOSO consulting  Ltd', ' dublin', null),
    );
    let thrown: unknown;
    try {
      importDocument(ws.db, file, { backupDir: ws.backupDir, onConflict: 'refuse' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportConflictError);
    const conflict = thrown as ImportConflictError;
    expect(conflict.message).toBe(
      'The workspace already has a membership in this file: Contoso Consulting Ltd — Dublin. ' +
        "Choose to replace it with the file's or to import it as new. Nothing was changed.",
    );
    expect(conflict.fileMemberships).toBe(2);
    expect(conflict.conflicts).toEqual([
      {
        index: 1,
        matchedBy: 'name-and-location',
        file: { id: 'm-1', organization: 'CONTOSO consulting  Ltd', location: ' dublin', partnerId: null },
        workspace: {
          id: 'm-1',
          organization: 'Contoso Consulting Ltd',
          location: 'Dublin',
          partnerId: '7654321',
        },
      },
    ]);
    expect(contentHash(ws.db)).toBe(hash);
  });

  it('matches by partner id over names, and different partner ids are different memberships', () => {
    contosoWorkspace();
    const renamedOrg = membership('x', 'Contoso Group', 'Cork', '7654321');
    const sameNameOtherId = membership('y', 'Contoso Consulting Ltd', 'Dublin', '1111111');
    const summary = importDocument(ws.db, doc(renamedOrg, sameNameOtherId), {
      backupDir: ws.backupDir,
      onConflict: 'replace',
    });
    expect(summary.replaced).toEqual(['m-1']);
    expect(summary.added).toEqual(['y']);
    const after = loadMemberships(ws.db);
    expect(after.map((m) => [m.id, m.organization.name])).toEqual([
      ['m-1', 'Contoso Group'],
      ['y', 'Contoso Consulting Ltd'],
    ]);
  });
});
