/**
 * The wizard's sections in order: the workspace home, the four tabs named as in the partner
 * program's page, then the review and deadlines views. Each section is a component reached by its key; a section
 * appears here only once it is built.
 */
import type { ComponentType } from 'react';
import { HomeScreen } from '../home/HomeScreen';
import { DeadlinesTabBadge } from '../deadlines/DeadlinesTabBadge';
import { preloadable } from './preloadable';

// The home, which opens at start, ships in the main bundle; every tab's code loads when the tab
// is first wanted, or once the home has painted (App), so the forms, their schemas and the rules
// are never parsed before the home paints.
const overview = preloadable(() => import('../tabs/overview/OverviewTab'), 'OverviewTab');
const registered = preloadable(() => import('../tabs/registered/RegisteredTab'), 'RegisteredTab');
const certified = preloadable(() => import('../tabs/certified/CertifiedTab'), 'CertifiedTab');
const resources = preloadable(() => import('../tabs/resources/ResourcesTab'), 'ResourcesTab');
const review = preloadable(() => import('../review/ReviewPage'), 'ReviewPage');
const deadlines = preloadable(() => import('../deadlines/DeadlinesView'), 'DeadlinesView');

export interface Section {
  readonly key: string;
  /** The seed's full name: the tab's accessible name and the section's title. */
  readonly label: string;
  /** What the tab shows, when the full name is too long for one row of tabs. */
  readonly shortLabel?: string;
  readonly Component: ComponentType;
  /** Starts loading the component's code, when it is not in the main bundle. */
  readonly preload?: () => Promise<void>;
  /** Whether rendering it need not wait for its code (absent: it is in the main bundle). */
  readonly settled?: () => boolean;
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
