/**
 * The wizard's sections in order: the workspace home, the four tabs named as in the partner
 * program's page, then the review and deadlines views. Each section is a component reached by its key; a section
 * appears here only once it is built.
 */
import { lazy, type ComponentType } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { DeadlinesTabBadge } from '../deadlines/DeadlinesTabBadge';

// The home, which opens at start, ships in the main bundle; every tab loads when first opened
// (their chunks are local files, read in milliseconds), so the forms, their schemas and the
// rules are never parsed before the home paints. `preload` starts that load early: while the
// membership a tab shows is still being fetched.
function lazySection<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return {
    Component: lazy(async () => ({ default: (await load())[name] as ComponentType })),
    preload: () => void load(),
  };
}

const overview = lazySection(() => import('../tabs/overview/OverviewTab'), 'OverviewTab');
const registered = lazySection(() => import('../tabs/registered/RegisteredTab'), 'RegisteredTab');
const certified = lazySection(() => import('../tabs/certified/CertifiedTab'), 'CertifiedTab');
const resources = lazySection(() => import('../tabs/resources/ResourcesTab'), 'ResourcesTab');
const review = lazySection(() => import('../review/ReviewPage'), 'ReviewPage');
const deadlines = lazySection(() => import('../deadlines/DeadlinesView'), 'DeadlinesView');

export interface Section {
  readonly key: string;
  /** The seed's full name: the tab's accessible name and the section's title. */
  readonly label: string;
  /** What the tab shows, when the full name is too long for one row of tabs. */
  readonly shortLabel?: string;
  readonly Component: ComponentType;
  /** Starts loading the component's code, when it is not in the main bundle. */
  readonly preload?: () => void;
  /** Something small to show on the tab, such as a count of deadlines coming up. */
  readonly Badge?: ComponentType;
}

export const SECTIONS: readonly Section[] = [
  { key: 'home', label: 'Workspace', Component: HomeScreen },
  { key: 'overview', label: 'Time to Re-enroll?', ...overview },
  {
    key: 'registered',
    label: 'Registered Members: Re-enrollment',
    shortLabel: 'Registered',
    ...registered,
  },
  {
    key: 'certified',
    label: 'Certified or Gold Certified Partners: Re-enrollment',
    shortLabel: 'Certified or Gold',
    ...certified,
  },
  { key: 'resources', label: 'Additional Resources', shortLabel: 'Resources', ...resources },
  { key: 'review', label: 'Review', ...review },
  { key: 'deadlines', label: 'Deadlines', ...deadlines, Badge: DeadlinesTabBadge },
];
