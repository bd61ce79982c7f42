import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Membership } from '../../shared/interchange/schema';
import { listMembershipSummaries, loadMembership, loadMemberships } from './membership-read';
import { insertMembership } from './membership-write';
import { fixtureDocument, openTempWorkspace, type TempWorkspace } from './testing';

let ws: TempWorkspace;
afterEach(() => ws?.dispose());

const doc = fixtureDocument();
const [fabrikam, other] = doc.memberships as [Membership, Membership];

function insertAll(w: TempWorkspace, memberships: readonly Membership[]) {
  w.db.transaction(() => memberships.forEach((m, i) => insertMembership(w.db, m, i)))();
}

/** A membership with `n` professionals, each with a certification and a link. */
function withProfessionals(n: number): Membership {
  return {
    ...fabrikam,
    id: `big-${n}`,
    professionals: Array.from({ length: n }, (_, i) => ({
      id: `p-${i}`,
      name: `Pro ${i}`,
      mcpId: null,
      associated: true,
      links: [{ competencyId: 'c-1', specialization: 'Unified Communications' }],
      certifications: [{ name: 'MCITP', earnedOn: '2008-01-01', expiresOn: null, newerExamRequiredBy: null }],
    })),
  };
}

describe('loading memberships', () => {
  it('gives back exactly what parseInterchange gave, every list in order', () => {
    ws = openTempWorkspace();
    insertAll(ws, doc.memberships);
    expect(loadMembership(ws.db, 'm-1')).toEqual(fabrikam);
    expect(loadMembership(ws.db, 'm-2')).toEqual(other);
    expect(loadMemberships(ws.db)).toEqual(doc.memberships);
    expect(loadMemberships(ws.db, ['m-2'])).toEqual([other]);
    expect(loadMembership(ws.db, 'nope')).toBeNull();
  });

  it('stores HTML, SQL and control characters verbatim as text', () => {
    ws = openTempWorkspace();
    insertAll(ws, doc.memberships);
    const loaded = loadMembership(ws.db, 'm-2')!;
    expect(loaded.organization.name).toBe("<script>alert('x')</script> Robert'); DROP TABLE memberships;--");
    expect(loaded.organization.location).toBe('Line\tone\u0001\u0007 two');
    expect(loaded.otherPoints.map((o) => o.description)).toEqual([
      "' OR 1=1; --",
      '<img src=x onerror=alert(1)>',
    ]);
    expect(listMembershipSummaries(ws.db)).toHaveLength(2);
  });

  it('runs the same number of queries for 1 professional as for 300', () => {
    ws = openTempWorkspace();
    insertAll(ws, [withProfessionals(1), withProfessionals(300)]);
    const counted = (id: string) => {
      let count = 0;
      const db = new Database(ws.file, { verbose: () => (count += 1) });
      expect(loadMembership(db, id)?.professionals).toHaveLength(Number(id.slice(4)));
      db.close();
      return count;
    };
    const small = counted('big-1');
    expect(counted('big-300')).toBe(small);
    expect(small).toBeLessThanOrEqual(14);
  });

  it('lists summaries in workspace order', () => {
    ws = openTempWorkspace();
    insertAll(ws, [other, fabrikam]);
    expect(listMembershipSummaries(ws.db)).toEqual([
      {
        id: 'm-2',
        organizationName: other.organization.name,
        location: other.organization.location,
        level: 'registered',
        targetLevel: 'certified',
        expiresOn: '2010-02-28',
      },
      {
        id: 'm-1',
        organizationName: 'Fabrikam Ltd',
        location: 'Seattle',
        level: 'gold',
        targetLevel: 'gold',
        expiresOn: '2009-09-30',
      },
    ]);
  });
});
