import { describe, expect, it } from 'vitest';
import { AS_OF, goldMembership } from '../../test/fixtures/gold-membership';
import type { Membership } from '../interchange/schema';
import { statusRow, type StatusRow } from './status-row';
import { countsSentence, matches, NO_FILTER, sortRows, statusCounts, viewRows } from './status-view';
import { MPP_2009 } from '../rules/mpp2009';

function row(
  id: string,
  organization: Partial<Membership['organization']>,
  overrides: Partial<Membership> = {},
) {
  const base = goldMembership();
  return statusRow(
    goldMembership({ id, organization: { ...base.organization, ...organization }, ...overrides }),
    AS_OF,
    MPP_2009,
  );
}

const seattle = row('a', { name: 'Fabrikam Ltd', location: 'Seattle', partnerId: '111', country: 'US' });
const dublin = row('b', { name: 'Fabrikam Ltd', location: 'Dublin', partnerId: '222', country: 'IE' });
const later = row(
  'c',
  { name: 'Contoso', location: 'Munich', partnerId: '333', country: 'DE' },
  { enrollment: { startedOn: '2009-01-01', expiresOn: '2009-12-31' }, targetLevel: 'certified' },
);
const lapsed = row(
  'd',
  { name: 'northwind', location: null, partnerId: null, country: null },
  { enrollment: { startedOn: '2008-08-01', expiresOn: '2009-07-31' } },
);
const archived: StatusRow = { ...row('e', { name: 'Archived Co' }), archived: true };
const all = [seattle, dublin, later, lapsed, archived];

const ids = (rows: readonly StatusRow[]) => rows.map((r) => r.id);

describe('filters', () => {
  it('hides archived memberships, or shows only them', () => {
    expect(ids(all.filter((r) => matches(r, NO_FILTER, AS_OF)))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, archived: true }, AS_OF)))).toEqual(['e']);
  });

  it('keeps those in their window, expired, or not ready', () => {
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, inWindow: true }, AS_OF)))).toEqual(['a', 'b']);
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, expired: true }, AS_OF)))).toEqual(['d']);
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, notReady: true }, AS_OF)))).toEqual(['c', 'd']);
  });

  it('keeps those whose window opens within N days', () => {
    // c expires 2009-12-31: its window opens 2009-10-02, 48 days after 2009-08-15.
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, opensWithinDays: 47 }, AS_OF)))).toEqual([]);
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, opensWithinDays: 48 }, AS_OF)))).toEqual(['c']);
  });

  it('keeps one target level', () => {
    expect(ids(all.filter((r) => matches(r, { ...NO_FILTER, level: 'certified' }, AS_OF)))).toEqual(['c']);
  });

  it('searches organization, location and partner id ignoring case and spaces', () => {
    const search = (query: string) => ids(all.filter((r) => matches(r, { ...NO_FILTER, query }, AS_OF)));
    expect(search('  FABRIKAM   ltd ')).toEqual(['a', 'b']);
    expect(search('dublin')).toEqual(['b']);
    expect(search('333')).toEqual(['c']);
    expect(search('North')).toEqual(['d']);
    expect(search('nowhere')).toEqual([]);
  });
});

describe('sort', () => {
  const rows = [seattle, dublin, later, lapsed];
  it('sorts by organization ignoring case, ties by location', () => {
    expect(ids(sortRows(rows, { key: 'organization', direction: 'ascending' }))).toEqual([
      'c',
      'b',
      'a',
      'd',
    ]);
    expect(ids(sortRows(rows, { key: 'organization', direction: 'descending' }))).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
  });

  it('sorts by days left in the window', () => {
    expect(ids(sortRows(rows, { key: 'window', direction: 'ascending' }))).toEqual(['d', 'b', 'a', 'c']);
  });

  it('sorts by readiness, gaps, level, country and next deadline', () => {
    expect(ids(sortRows(rows, { key: 'readiness', direction: 'ascending' })).slice(0, 2)).toEqual(['b', 'a']);
    expect(ids(sortRows(rows, { key: 'gaps', direction: 'descending' }))[0]).toMatch(/[cd]/);
    expect(ids(sortRows(rows, { key: 'level', direction: 'ascending' }))[0]).toBe('c');
    expect(ids(sortRows(rows, { key: 'country', direction: 'ascending' }))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(sortRows(rows, { key: 'nextDeadline', direction: 'ascending' }))).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
  });

  it('filters and sorts together', () => {
    expect(
      ids(
        viewRows(
          all,
          { ...NO_FILTER, query: 'fabrikam' },
          { key: 'location', direction: 'ascending' },
          AS_OF,
        ),
      ),
    ).toEqual(['b', 'a']);
  });
});

describe('counts', () => {
  it('counts memberships in their window, ready, and with a deadline this week, archived apart', () => {
    const soon = { ...seattle, nextDeadline: { ...seattle.nextDeadline!, daysLeft: 3 } };
    const counts = statusCounts([soon, dublin, later, lapsed, archived]);
    expect(counts).toEqual({ total: 4, inWindow: 2, ready: 2, deadlineThisWeek: 1, archived: 1 });
    expect(countsSentence(counts)).toBe('2 in their window, 2 ready, 1 with a deadline this week');
  });
});
