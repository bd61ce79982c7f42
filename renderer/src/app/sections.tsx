/**
 * The wizard's sections in order: the four tabs named as in the partner program's page, then
 * the review and deadlines views. Each section is a component reached by its key; a section
 * appears here only once it is built.
 */
import type { ComponentType } from 'react';
import { OverviewTab } from '../tabs/overview/OverviewTab';
import { RegisteredTab } from '../tabs/registered/RegisteredTab';
import { CertifiedTab } from '../tabs/certified/CertifiedTab';
import { ResourcesTab } from '../tabs/resources/ResourcesTab';
import { ReviewPage } from '../review/ReviewPage';
import { DeadlinesView } from '../deadlines/DeadlinesView';
import { DeadlinesBadge } from '../deadlines/DeadlinesBadge';

export interface Section {
  readonly key: string;
  readonly label: string;
  readonly Component: ComponentType;
  /** Something small to show on the tab, such as a count of deadlines coming up. */
  readonly Badge?: ComponentType;
}

export const SECTIONS: readonly Section[] = [
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
