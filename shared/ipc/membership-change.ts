/**
 * What a save changed, instead of the whole membership: the saved part with the membership's
 * id. The handler builds it from the values it wrote; the renderer applies it to the membership
 * it holds with `applyChange`, and its evaluations re-run from there. A handler test checks, for
 * every save, that applying the change gives exactly the membership the database now holds.
 */
import type { Overview } from '../forms/overview';
import type { Chosen, MapsAssessment, Membership, Organization, Steps } from '../interchange/schema';

/** The lists an editor changes item by item. */
export type MembershipList =
  'competencies' | 'professionals' | 'certifiedSolutions' | 'references' | 'csatSurveys' | 'otherPoints';

type Profile = Pick<Organization, 'partnerId' | 'address' | 'phone' | 'website'>;

type SavedItem = {
  readonly [L in MembershipList]: {
    readonly part: 'item';
    readonly list: L;
    readonly item: Membership[L][number];
  };
}[MembershipList];

type SavedStep = {
  readonly [S in keyof Steps]: { readonly part: 'step'; readonly step: S; readonly value: Steps[S] };
}[keyof Steps];

export type MembershipChange = { readonly membershipId: string } & (
  | { readonly part: 'overview'; readonly overview: Overview }
  | { readonly part: 'profile'; readonly profile: Profile }
  | { readonly part: 'chosen'; readonly chosen: Chosen }
  | { readonly part: 'assessment'; readonly assessment: MapsAssessment | null }
  | SavedStep
  | SavedItem
  | { readonly part: 'item-deleted'; readonly list: MembershipList; readonly id: string }
  /** A competency's delete also unassigns what pointed at it: the whole membership comes back. */
  | { readonly part: 'membership'; readonly membership: Membership }
);

/** An item saved with an id already in its list replaces it in place; a new one goes last. */
function withItem<T extends { readonly id: string }>(items: readonly T[], item: T): readonly T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return [...items, item];
  const next = items.slice();
  next[index] = item;
  return next;
}

/** `membership` with `change` applied; a change to another membership leaves it as it is. */
export function applyChange(membership: Membership, change: MembershipChange): Membership {
  if (change.membershipId !== membership.id) return membership;
  switch (change.part) {
    case 'overview': {
      const { organization, ...rest } = change.overview;
      return { ...membership, ...rest, organization: { ...membership.organization, ...organization } };
    }
    case 'profile':
      return { ...membership, organization: { ...membership.organization, ...change.profile } };
    case 'chosen':
      return { ...membership, chosen: change.chosen };
    case 'assessment':
      return { ...membership, mapsAssessment: change.assessment };
    case 'step':
      return { ...membership, steps: { ...membership.steps, [change.step]: change.value } };
    case 'item': {
      const items = membership[change.list] as readonly { readonly id: string }[];
      return { ...membership, [change.list]: withItem(items, change.item) };
    }
    case 'item-deleted': {
      const items = membership[change.list] as readonly { readonly id: string }[];
      return { ...membership, [change.list]: items.filter((item) => item.id !== change.id) };
    }
    case 'membership':
      return change.membership;
  }
}
