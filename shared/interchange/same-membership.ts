/**
 * Which memberships are the same (DESIGN §4): ids are local to a file, so a membership in a file
 * is the one in the workspace when their partner ids match or, where either lacks one, when the
 * organization name and location match ignoring case and spaces. Ids never decide it.
 */
import type { ImportConflict, MembershipSide } from '../ipc/errors';

/** Case, spaces and Unicode composition do not make two names different. */
function loose(text: string | null): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, '').toLocaleLowerCase('en');
}

function partnerIdOf(side: MembershipSide): string | null {
  const id = side.partnerId?.trim() ?? '';
  return id === '' ? null : id;
}

/** How `a` and `b` are the same membership, or null when they are not. */
export function sameMembership(a: MembershipSide, b: MembershipSide): ImportConflict['matchedBy'] | null {
  const [idA, idB] = [partnerIdOf(a), partnerIdOf(b)];
  if (idA !== null && idB !== null) return idA === idB ? 'partnerId' : null;
  const sameName = loose(a.organization) === loose(b.organization) && loose(a.location) === loose(b.location);
  return sameName ? 'name-and-location' : null;
}

/**
 * For each membership of the file, the workspace membership it is the same as. A workspace
 * membership is matched at most once (the first file membership that is the same as it); the
 * others are new.
 */
export function matchMemberships(
  file: readonly MembershipSide[],
  workspace: readonly MembershipSide[],
): ImportConflict[] {
  const taken = new Set<string>();
  const conflicts: ImportConflict[] = [];
  file.forEach((side, index) => {
    const open = workspace
      .filter((candidate) => !taken.has(candidate.id))
      .map((candidate) => ({ candidate, matchedBy: sameMembership(side, candidate) }));
    // A matching partner id says more than a matching name: it wins wherever it is in the list.
    const found = open.find((c) => c.matchedBy === 'partnerId') ?? open.find((c) => c.matchedBy !== null);
    if (!found?.matchedBy) return;
    taken.add(found.candidate.id);
    conflicts.push({ index, file: side, workspace: found.candidate, matchedBy: found.matchedBy });
  });
  return conflicts;
}

/** "Contoso Consulting Ltd — Dublin", or the name alone when there is no location. */
export function membershipLabel(side: Pick<MembershipSide, 'organization' | 'location'>): string {
  const location = side.location?.trim() ?? '';
  return location === '' ? side.organization : `${side.organization} — ${location}`;
}
