/**
 * The wizard's sections in order: the workspace home, the four tabs named as in the partner
 * program's page, then the review and deadlines views. Each section is a component reached by its key; a section
 * appears here only once it is built.
 */
import { lazy, type ComponentType } from 'react';
import { OverviewTab } from '../tabs/overview/OverviewTab';
import { HomeScreen } from '../home/HomeScreen';

// The first tab ships in the main bundle; the others load when first opened, so the wizard is
// usable sooner (their chunks are local files, read in milliseconds).
const RegisteredTab = lazy(async () => ({
  default: (await import('../tabs/registered/RegisteredTab')).RegisteredTab,
}));
const CertifiedTab = lazy(async () => ({
  default: (await import('../tabs/certified/CertifiedTab')).CertifiedTab,
}));
const ResourcesTab = lazy(async () => ({
  default: (await import('../tabs/resources/ResourcesTab')).ResourcesTab,
}));
const ReviewPage = lazy(async () => ({ default: (await import('../review/ReviewPage')).ReviewPage }));
const DeadlinesView = lazy(async () => ({
  default: (await import('../deadlines/DeadlinesView')).DeadlinesView,
}));
import { DeadlinesBadge } from '../deadlines/DeadlinesBadge';

export interface Section {
  readonly key: string;
  readonly label: string;
  readonly Component: ComponentType;
  /** Something small to show on the tab, such as a count of deadlines coming up. */
  readonly Badge?: ComponentType;
}

export const SECTIONS: readonly Section[] = [
  { key: 'home', label: 'Workspace', Component: HomeScreen },
  { key: 'overview', label: 'Time to Re-enroll?', Component: OverviewTab },
  { key: 'registered', label: 'Registered Members: Re-enrollment', Component: RegisteredTab },
  {
    key: 'certified',
    label: 'Certified or Gold Certified Partners: Re-enrollment',
    Component: CertifiedTab,
  },
  { key: 'resources', label: 'Additional Resources', Component: ResourcesTab },
  { key: 'review', label: 'Review', Component: ReviewPage },
  { key: 'deadlines', label: 'Deadlines', Component: DeadlinesView, Badge: DeadlinesBadge },
];
