import { describe, expect, it } from 'vitest';
import { matchMemberships, membershipLabel, sameMembership } from './same-membership';

const side = (
  id: string,
  organization: string,
  location: string | null,
  partnerId: string | null = null,
) => ({
  id,
  organization,
  location,
  partnerId,
});

describe('sameMembership', () => {
  it('compares partner ids when both have one, names and locations otherwise', () => {
    expect(sameMembership(side('a', 'X', 'Y', '1'), side('b', 'Other', 'Place', ' 1 '))).toBe('partnerId');
    expect(sameMembership(side('a', 'X', 'Y', '1'), side('b', 'X', 'Y', '2'))).toBeNull();
    expect(
      sameMembership(side('a', 'Fabrikam  Ltd', 'seattle', '1'), side('b', 'fabrikam ltd', 'Seattle')),
    ).toBe('name-and-location');
    expect(sameMembership(side('a', 'Fabrikam', null), side('b', 'Fabrikam', ''))).toBe('name-and-location');
    expect(sameMembership(side('a', 'Fabrikam', 'Seattle'), side('a', 'Fabrikam', 'Tokyo'))).toBeNull();
  });

  it('matches each workspace membership once, a partner id before a name', () => {
    const workspace = [side('w1', 'Contoso', 'Dublin'), side('w2', 'Contoso Group', 'Cork', '9')];
    const file = [
      side('f1', 'Contoso', 'Dublin', '9'),
      side('f2', 'Contoso', 'Dublin'),
      side('f3', 'Contoso', 'Dublin'),
    ];
    expect(matchMemberships(file, workspace).map((c) => [c.index, c.workspace.id, c.matchedBy])).toEqual([
      [0, 'w2', 'partnerId'],
      [1, 'w1', 'name-and-location'],
    ]);
  });

  it('labels a membership by organization and location', () => {
    expect(membershipLabel(side('a', 'Fabrikam Ltd', 'Seattle'))).toBe('Fabrikam Ltd — Seattle');
    expect(membershipLabel(side('a', 'Fabrikam Ltd', ' '))).toBe('Fabrikam Ltd');
  });
});
